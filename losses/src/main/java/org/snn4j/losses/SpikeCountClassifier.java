package org.snn4j.losses;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Classification by maximum spike count, SLAYER's read-out (slayerPytorch's
 * {@code spikeClassifier}): the predicted class of sample {@code b} is
 * {@code argmax_c Σ_t s[t,b,c]}. On a tie the lowest class index wins, so a silent output
 * predicts class 0.
 */
public final class SpikeCountClassifier {
    private SpikeCountClassifier() {
    }

    /** Predicted class per sample of time-major spikes {@code [T, B, C]}. */
    public static int[] predict(INDArray spikes) {
        long[] s = spikes.shape();
        if (s.length != 3 || s[0] < 1 || s[1] < 1 || s[2] < 1) {
            throw new IllegalArgumentException("predict: spikes must be time-major [T, B, C] with T, B, C >= 1, got "
                    + Arrays.toString(s));
        }
        INDArray counts = spikes.sum(0);
        int[] out = new int[Math.toIntExact(s[1])];
        for (int b = 0; b < out.length; b++) {
            int best = 0;
            double bestCount = counts.getDouble(b, 0);
            for (int c = 1; c < s[2]; c++) {
                double n = counts.getDouble(b, c);
                if (n > bestCount) {
                    best = c;
                    bestCount = n;
                }
            }
            out[b] = best;
        }
        return out;
    }

    /** How many samples are predicted as their label. */
    public static int correct(INDArray spikes, int[] labels) {
        int[] predicted = predict(spikes);
        if (labels == null || labels.length != predicted.length) {
            throw new IllegalArgumentException("correct: need " + predicted.length + " labels, got "
                    + (labels == null ? "null" : labels.length));
        }
        int n = 0;
        for (int b = 0; b < labels.length; b++) {
            n += predicted[b] == labels[b] ? 1 : 0;
        }
        return n;
    }

    /** The fraction of samples predicted as their label, in [0, 1]. */
    public static double accuracy(INDArray spikes, int[] labels) {
        return correct(spikes, labels) / (double) labels.length;
    }
}
