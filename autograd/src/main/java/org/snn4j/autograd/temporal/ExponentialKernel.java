package org.snn4j.autograd.temporal;

/**
 * The exponential (first-order low-pass) kernel of the van Rossum distance (van Rossum, "A Novel
 * Spike Distance", Neural Computation 13, 2001), sampled every {@code tsMs}.
 *
 * <pre>
 * h[n] = exp(−n·Ts/τ),   n = 0, 1, …, K−1        (h[0] = 1: a spike is seen in its own step)
 * K    = the first n ≥ 1 with h[n] &lt; tolerance
 * </pre>
 * Equivalently the trace {@code f[t] = e^{−Ts/τ}·f[t−1] + x[t]}.
 *
 * @param tauMs     time constant τ in ms, &gt; 0
 * @param tsMs      sampling step Ts in ms, &gt; 0
 * @param tolerance truncation threshold relative to the peak h[0] = 1, in (0, 1)
 */
public record ExponentialKernel(double tauMs, double tsMs, double tolerance) implements TemporalKernel {
    /** Default truncation: taps below 1e-6 of the peak are dropped. */
    public static final double DEFAULT_TOLERANCE = 1e-6;
    /** Longest kernel built, in steps; a τ/Ts needing more is rejected. */
    public static final int MAX_TAPS = 1 << 20;

    public ExponentialKernel {
        if (!(tauMs > 0) || Double.isInfinite(tauMs)) {
            throw new IllegalArgumentException("tauMs must be in (0, inf) ms, got " + tauMs);
        }
        if (!(tsMs > 0) || Double.isInfinite(tsMs)) {
            throw new IllegalArgumentException("tsMs must be in (0, inf) ms, got " + tsMs);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
        }
        if (Math.ceil(-Math.log(tolerance) * tauMs / tsMs) + 1 > MAX_TAPS) {
            throw new IllegalArgumentException("tauMs / tsMs = " + tauMs / tsMs + " needs more than " + MAX_TAPS
                    + " taps at tolerance " + tolerance + "; raise tsMs or the tolerance");
        }
    }

    /** With {@link #DEFAULT_TOLERANCE}. */
    public ExponentialKernel(double tauMs, double tsMs) {
        this(tauMs, tsMs, DEFAULT_TOLERANCE);
    }

    @Override
    public double[] taps() {
        int n = 1;
        while (Math.exp(-n * tsMs / tauMs) >= tolerance) {
            n++;
        }
        double[] h = new double[n];
        for (int k = 0; k < n; k++) {
            h[k] = Math.exp(-k * tsMs / tauMs);
        }
        return h;
    }
}
