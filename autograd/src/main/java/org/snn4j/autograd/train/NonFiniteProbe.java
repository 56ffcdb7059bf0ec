package org.snn4j.autograd.train;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.nn.Sequential;

/**
 * Checks that a step left the model finite ({@link #outputFinite}) and finds where a non-finite
 * loss or output came from, once it has happened: the first parameter holding a
 * NaN/Inf, else the first layer of a {@link Sequential} whose output on the failing batch is
 * non-finite (the batch is run again layer by layer without recording a graph).
 */
final class NonFiniteProbe {
    private NonFiniteProbe() {
    }

    /** A short description such as {@code "layer 3 (linear)"}, or {@code "the loss itself"}. */
    static String locate(Module model, INDArray input) {
        for (Map.Entry<String, Parameter> p : model.namedParameters().entrySet()) {
            if (!finite(p.getValue().value())) {
                return "parameter " + p.getKey();
            }
        }
        if (!(model instanceof Sequential s)) {
            return "the model output or the loss";
        }
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            Tensor x = Tensor.constant(input);
            for (int i = 0; i < s.size(); i++) {
                x = s.get(i).forward(x);
                if (!finite(x.value())) {
                    return "layer " + i + " (" + s.get(i).getClass().getSimpleName() + ")";
                }
            }
        }
        return "the loss (every layer output is finite)";
    }

    /**
     * True if the model's output on {@code input} is finite, evaluated in eval mode without a graph
     * (no dropout draws, no batch-norm statistics updates); the training mode is restored.
     */
    static boolean outputFinite(Module model, INDArray input) {
        boolean training = model.isTraining();
        model.eval();
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return finite(model.forward(Tensor.constant(input)).value());
        } finally {
            model.train(training);
        }
    }

    static boolean finite(INDArray a) {
        if (!a.dataType().isFPType() || a.isEmpty()) {
            return true;
        }
        double sum = a.sumNumber().doubleValue();
        return Double.isFinite(sum) || !(a.isNaN().any() || a.isInfinite().any());
    }
}
