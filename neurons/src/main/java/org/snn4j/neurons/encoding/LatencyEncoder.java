package org.snn4j.neurons.encoding;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Time-to-first-spike (latency) coding: each input fires at most once, brighter inputs earlier
 * (snnTorch's {@code spikegen.latency} with {@code clip=True}; Bindsnet's latency encoder).
 *
 * <pre>
 * x ∈ [0, 1],  x ≤ θ: no spike
 * LINEAR: t = (1 − x)·(T − 1)                   (snnTorch linear=True, normalize=True)
 * LOG:    t = τ·ln(x / (x − θ))   τ in steps    (snnTorch's default logarithmic code)
 * step = rint(t)  (round half to even, like torch.round);  step &gt; T − 1: no spike
 * </pre>
 * Examples with T = 5, θ = 0.01, LINEAR: x = 1 → step 0, 0.5 → 2, 0.02 → 4 (3.92), 0.005 → none.
 * LOG with T = 8, τ = 5, θ = 0.2: x = 1 → 1 (1.116), 0.5 → 3 (2.554), 0.3 → 5 (5.493),
 * 0.25 → none (8.047 &gt; 7), 0.2 → none (x ≤ θ).
 * Deterministic: the generator is ignored.
 *
 * @param code      LINEAR or LOG
 * @param tauSteps  τ of the LOG code in steps, &gt; 0 (unused by LINEAR)
 * @param threshold θ in [0, 1): inputs at or below it never fire (for LOG also the RC threshold)
 */
public record LatencyEncoder(LatencyCode code, double tauSteps, double threshold) implements Encoder {
    private static final String NAME = "LatencyEncoder";

    public LatencyEncoder {
        if (code == null) {
            throw new IllegalArgumentException(NAME + ".code must be LINEAR or LOG");
        }
        if (!(tauSteps > 0) || Double.isInfinite(tauSteps)) {
            throw new IllegalArgumentException(NAME + ".tauSteps must be in (0, +inf), got " + tauSteps);
        }
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException(NAME + ".threshold must be in [0, 1), got " + threshold);
        }
    }

    /** The linear code with threshold θ. */
    public static LatencyEncoder linear(double threshold) {
        return new LatencyEncoder(LatencyCode.LINEAR, 1.0, threshold);
    }

    /** The logarithmic code with time constant τ (steps) and threshold θ. */
    public static LatencyEncoder log(double tauSteps, double threshold) {
        return new LatencyEncoder(LatencyCode.LOG, tauSteps, threshold);
    }

    /** The spike step of intensity {@code x}, or −1 for no spike within {@code steps}. */
    public int spikeStep(double x, int steps) {
        if (!(x > threshold)) {
            return -1;
        }
        double t = code == LatencyCode.LINEAR ? (1 - x) * (steps - 1) : tauSteps * Math.log(x / (x - threshold));
        double step = Math.rint(t);
        return step > steps - 1 ? -1 : (int) step;
    }

    /** @param input intensities, each in [0, 1] */
    @Override
    public INDArray encode(INDArray input, int steps, RandomGenerator rng) {
        EncoderInputs.checkSteps(NAME, steps);
        double[] x = EncoderInputs.values(NAME, "intensity", input, 0, 1);
        float[] out = new float[EncoderInputs.length(NAME, steps, x.length)];
        for (int i = 0; i < x.length; i++) {
            int step = spikeStep(x[i], steps);
            if (step >= 0) {
                out[step * x.length + i] = 1f;
            }
        }
        return EncoderInputs.timeMajor(out, steps, input.shape());
    }
}
