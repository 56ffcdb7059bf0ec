package org.snn4j.examples.compare;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Accuracy of one method of the comparison at each T it was evaluated at.
 *
 * @param method       e.g. {@code conversion percentile:99.9}, {@code direct SNN}, {@code hybrid}
 * @param timesteps    the T values (empty for a method without T, e.g. the ANN)
 * @param accuracy     accuracy (0..1) per T, or one value when {@code timesteps} is empty
 * @param trainSeconds training time of this method (0 for plain conversion)
 * @param details      extra facts (λ per layer, epochs, T of training, ...)
 */
public record MethodResult(String method, int[] timesteps, double[] accuracy, double trainSeconds,
                           Map<String, Object> details) {

    public MethodResult {
        timesteps = timesteps.clone();
        accuracy = accuracy.clone();
        details = new LinkedHashMap<>(details);
    }

    /** Accuracy at {@code t}, or NaN when not evaluated there. */
    public double at(int t) {
        for (int i = 0; i < timesteps.length; i++) {
            if (timesteps[i] == t) {
                return accuracy[i];
            }
        }
        return Double.NaN;
    }

    /** The single accuracy of a method without T. */
    public double single() {
        return accuracy[accuracy.length - 1];
    }

    @Override
    public int[] timesteps() {
        return timesteps.clone();
    }

    @Override
    public double[] accuracy() {
        return accuracy.clone();
    }
}
