package org.snn4j.autograd.temporal;

/**
 * The sampled SRM-α kernel of SLAYER (Shrestha &amp; Orchard, "SLAYER: Spike Layer Error
 * Reassignment in Time", NeurIPS 2018, the spike response model): the post-synaptic response ε (amplitude 1) and
 * the refractory response ν (amplitude −scaleRef·θ) are both of this form.
 *
 * <pre>
 * h[k] = A·(t/τ)·e^{1 − t/τ},   t = k·Ts,   k = 0, 1, …, K−1      (h[0] = 0, peak A at t = τ)
 * K    = the first k with t &gt; τ and |h[k]| &lt; tolerance, or maxTaps if that comes first
 * </pre>
 * The truncation is slayerPytorch's {@code _calculateAlphaKernel} (stop after the peak once the
 * magnitude falls below {@code EPSILON = 0.01}, in the kernel's own units; never longer than the
 * sample). τ = 10 ms at Ts = 1 ms gives 77 taps. An input spike at step {@code t0} first moves the
 * output at {@code t0 + 1}. Samples are computed as {@code ((A·t)/τ)·exp(1 − t/τ)}, the operation
 * order every SLAYER result of this project was produced with.
 *
 * @param tauMs     time constant τ in ms, &gt; 0
 * @param tsMs      sampling step Ts in ms, &gt; 0
 * @param amplitude the value A at the peak, finite (negative for a refractory kernel)
 * @param tolerance truncation threshold on |h[k]| after the peak, &gt; 0
 * @param maxTaps   the most taps ever sampled (SLAYER: the sample length in steps), ≥ 1
 */
public record SrmAlphaKernel(double tauMs, double tsMs, double amplitude, double tolerance, int maxTaps)
        implements TemporalKernel {
    /** slayerPytorch's truncation threshold. */
    public static final double DEFAULT_TOLERANCE = 0.01;

    public SrmAlphaKernel {
        positive("tauMs", tauMs);
        positive("tsMs", tsMs);
        if (!Double.isFinite(amplitude)) {
            throw new IllegalArgumentException("amplitude must be finite, got " + amplitude);
        }
        positive("tolerance", tolerance);
        if (maxTaps < 1 || maxTaps > ExponentialKernel.MAX_TAPS) {
            throw new IllegalArgumentException("maxTaps must be in [1, " + ExponentialKernel.MAX_TAPS + "], got "
                    + maxTaps);
        }
    }

    /** SLAYER's ε: amplitude 1, {@link #DEFAULT_TOLERANCE}, at most {@link ExponentialKernel#MAX_TAPS} taps. */
    public SrmAlphaKernel(double tauMs, double tsMs) {
        this(tauMs, tsMs, DEFAULT_TOLERANCE);
    }

    /** Amplitude 1 with the given truncation tolerance. */
    public SrmAlphaKernel(double tauMs, double tsMs, double tolerance) {
        this(tauMs, tsMs, 1.0, tolerance, ExponentialKernel.MAX_TAPS);
    }

    @Override
    public double[] taps() {
        int n = 0;
        while (n < maxTaps && !(Math.abs(sample(n)) < tolerance && n * tsMs > tauMs)) {
            n++;
        }
        double[] h = new double[n];
        for (int k = 0; k < n; k++) {
            h[k] = sample(k);
        }
        return h;
    }

    /** {@code h[k]} before truncation. */
    private double sample(int k) {
        double t = k * tsMs;
        return amplitude * t / tauMs * Math.exp(1 - t / tauMs);
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be in (0, inf), got " + v);
        }
    }
}
