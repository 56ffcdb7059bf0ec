package org.snn4j.losses;

/**
 * SLAYER's post-synaptic (SRM-α) kernel ε (Shrestha &amp; Orchard, "SLAYER: Spike Layer Error
 * Reassignment in Time", NeurIPS 2018), sampled every {@code tsMs}.
 *
 * <pre>
 * ε[n] = (n·Ts/τ_sr) · exp(1 − n·Ts/τ_sr),   n = 0, 1, …, K−1      (ε[0] = 0, peak 1 at n·Ts = τ_sr)
 * K    = the first n with n·Ts &gt; τ_sr and ε[n] &lt; tolerance
 * </pre>
 * The truncation rule is slayerPytorch's (stop after the peak once the value falls below the
 * tolerance, 0.01 by default); τ_sr = 10 ms at Ts = 1 ms gives 77 taps.
 *
 * @param tauSrMs   time constant τ_sr in ms, &gt; 0
 * @param tsMs      sampling step Ts in ms, &gt; 0
 * @param tolerance truncation threshold relative to the peak 1, in (0, 1)
 */
public record SrmAlphaKernel(double tauSrMs, double tsMs, double tolerance) implements TemporalKernel {
    /** slayerPytorch's truncation threshold. */
    public static final double DEFAULT_TOLERANCE = 0.01;

    public SrmAlphaKernel {
        if (!(tauSrMs > 0) || Double.isInfinite(tauSrMs)) {
            throw new IllegalArgumentException("tauSrMs must be in (0, inf) ms, got " + tauSrMs);
        }
        if (!(tsMs > 0) || Double.isInfinite(tsMs)) {
            throw new IllegalArgumentException("tsMs must be in (0, inf) ms, got " + tsMs);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
        }
        if (length(tauSrMs, tsMs, tolerance) > ExponentialKernel.MAX_TAPS) {
            throw new IllegalArgumentException("tauSrMs / tsMs = " + tauSrMs / tsMs + " needs more than "
                    + ExponentialKernel.MAX_TAPS + " taps at tolerance " + tolerance + "; raise tsMs or the tolerance");
        }
    }

    /** With {@link #DEFAULT_TOLERANCE}. */
    public SrmAlphaKernel(double tauSrMs, double tsMs) {
        this(tauSrMs, tsMs, DEFAULT_TOLERANCE);
    }

    @Override
    public double[] taps() {
        double[] h = new double[length(tauSrMs, tsMs, tolerance)];
        for (int k = 0; k < h.length; k++) {
            h[k] = value(k, tauSrMs, tsMs);
        }
        return h;
    }

    /** ε at {@code n} steps. */
    private static double value(long n, double tauSrMs, double tsMs) {
        double x = n * tsMs / tauSrMs;
        return x * Math.exp(1 - x);
    }

    /** K, or {@code MAX_TAPS + 1} when the kernel would be longer than {@code MAX_TAPS}. */
    private static int length(double tauSrMs, double tsMs, double tolerance) {
        int n = 0;
        while (!(n * tsMs > tauSrMs && value(n, tauSrMs, tsMs) < tolerance) && n <= ExponentialKernel.MAX_TAPS) {
            n++;
        }
        return n;
    }
}
