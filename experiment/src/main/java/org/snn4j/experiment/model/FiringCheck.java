package org.snn4j.experiment.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Sequential;

/**
 * The dead-network check: runs one training batch through the model (training mode, its buffers
 * restored afterwards, so training is unaffected) and reports every spiking layer whose firing
 * rate is 0 (silent: the loss stays at ln C and nothing learns) or 1 (saturated).
 */
public final class FiringCheck {
    private FiringCheck() {
    }

    /** Firing rate per spiking layer ({@code "3 lif"} → mean spike), for {@code input}. */
    public static Map<String, Double> rates(Sequential model, INDArray input) {
        Map<String, INDArray> saved = new LinkedHashMap<>();
        model.stateDict().forEach((k, v) -> saved.put(k, v.dup()));
        boolean training = model.isTraining();
        Map<String, Double> rates = new LinkedHashMap<>();
        try {
            model.train();
            Tensor x = Tensor.constant(input);
            for (int i = 0; i < model.size(); i++) {
                Module m = model.get(i);
                x = Tensor.constant(m.forward(x).value());
                if (ModelSummary.isSpiking(m.spec())) {
                    rates.put(i + " " + m.spec().typeName(), x.value().meanNumber().doubleValue());
                }
            }
        } finally {
            model.loadStateDict(saved);
            model.train(training);
        }
        return rates;
    }

    /** One warning line per silent or saturated layer (none when all fire at rates in (0, 1)). */
    public static List<String> warnings(Map<String, Double> rates) {
        List<String> out = new ArrayList<>();
        rates.forEach((layer, r) -> {
            if (r == 0) {
                out.add(String.format(Locale.ROOT, "warning: layer %s never fired on the first batch (rate 0.0000):"
                        + " add batch norm before it, lower its threshold, or raise the initial weight scale", layer));
            } else if (r >= 1) {
                out.add(String.format(Locale.ROOT, "warning: layer %s fired at every step on the first batch (rate 1.0000):"
                        + " add batch norm before it, raise its threshold, or lower the initial weight scale", layer));
            }
        });
        return out;
    }
}
