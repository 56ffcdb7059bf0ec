package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;

/**
 * Rescales a frame tensor {@code [T, C, H, W]} (any rank ≥ 1; the first axis is time).
 * <ul>
 *   <li>{@link Mode#MAX}: v / max(v) over the whole tensor, so the largest value becomes 1.</li>
 *   <li>{@link Mode#PER_FRAME_MAX}: each time slice divided by its own maximum.</li>
 *   <li>{@link Mode#STANDARDIZE}: (v − μ) / σ over the whole tensor (population σ).</li>
 *   <li>{@link Mode#BINARY}: 1 where v &gt; 0, else 0 (event counts to spikes).</li>
 * </ul>
 * An all-zero tensor (or slice, or σ = 0) is left unscaled: it maps to itself, or to zeros for
 * {@code STANDARDIZE}, never to NaN.
 *
 * @param mode the normalisation
 */
public record NormalizeFrames(Mode mode) implements FrameTransform {

    /** The available normalisations. */
    public enum Mode { MAX, PER_FRAME_MAX, STANDARDIZE, BINARY }

    /** Validates the mode. */
    public NormalizeFrames {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
    }

    @Override
    public Frames apply(Frames frames, RandomGenerator rng) {
        float[] v = frames.data().clone();
        switch (mode) {
            case MAX -> scaleByMax(v, 0, v.length);
            case PER_FRAME_MAX -> {
                int t = frames.rank() == 0 ? 1 : frames.dim(0);
                int per = t == 0 ? 0 : v.length / t;
                for (int k = 0; k < t; k++) {
                    scaleByMax(v, k * per, (k + 1) * per);
                }
            }
            case STANDARDIZE -> standardize(v);
            case BINARY -> {
                for (int i = 0; i < v.length; i++) {
                    v[i] = v[i] > 0 ? 1f : 0f;
                }
            }
            default -> throw new IllegalStateException("unknown mode " + mode);
        }
        return new Frames(v, frames.shape());
    }

    private static void scaleByMax(float[] v, int from, int to) {
        float max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(v[i]));
        }
        if (max > 0) {
            for (int i = from; i < to; i++) {
                v[i] /= max;
            }
        }
    }

    private static void standardize(float[] v) {
        if (v.length == 0) {
            return;
        }
        double sum = 0;
        for (float f : v) {
            sum += f;
        }
        double mean = sum / v.length;
        double sq = 0;
        for (float f : v) {
            sq += (f - mean) * (f - mean);
        }
        double std = Math.sqrt(sq / v.length);
        for (int i = 0; i < v.length; i++) {
            v[i] = std > 0 ? (float) ((v[i] - mean) / std) : 0f;
        }
    }
}
