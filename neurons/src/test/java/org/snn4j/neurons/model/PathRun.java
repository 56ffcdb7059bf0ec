package org.snn4j.neurons.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * One run of a model over a sequence on one execution path, followed by {@code backward(r)}:
 * the output and every gradient, for comparing the two paths.
 *
 * @param output    the sequence output
 * @param gradients named gradients: input, initial state tensors, learnable parameters
 */
record PathRun(INDArray output, Map<String, INDArray> gradients) {

    /**
     * Runs {@code model} from a state built of {@code initial} (membrane, then adaptation for
     * ALIF; all differentiable) on {@code input}, then back-propagates {@code projection}.
     */
    static PathRun of(NeuronModel<?> model, INDArray input, List<INDArray> initial, ExecutionPath path,
                      Readout readout, INDArray projection) {
        model.learnableParameters().values().forEach(Tensor::zeroGrad);
        Tensor x = Tensor.variable(input.dup());
        List<Tensor> state = new ArrayList<>();
        for (INDArray s : initial) {
            state.add(Tensor.variable(s.dup()));
        }
        NeuronState s0 = state.size() == 1 ? new MembraneState(state.get(0)) : new AdaptiveState(state.get(0), state.get(1));
        Tensor out = forward(model, x, s0, path, readout).output();
        out.backward(projection, false);
        Map<String, INDArray> grads = new java.util.LinkedHashMap<>();
        grads.put("input", x.grad());
        for (int i = 0; i < state.size(); i++) {
            grads.put(i == 0 ? "membrane0" : "adaptation0", state.get(i).grad());
        }
        model.learnableParameters().forEach((k, v) -> grads.put(k, v.grad() == null ? null : v.grad().dup()));
        return new PathRun(out.value().dup(), grads);
    }

    @SuppressWarnings("unchecked")
    private static <S extends NeuronState> SequenceResult<S> forward(NeuronModel<S> model, Tensor x, NeuronState s0,
                                                                       ExecutionPath path, Readout readout) {
        return model.forwardSequence(x, (S) s0, path, readout);
    }
}
