package org.snn4j.neurons.slayer;

/**
 * The truncated SRM-α filter computed recursively: {@code O(T)} per column whatever the number
 * of taps K.
 *
 * <p>With {@code q = e^{−Ts/τ}} and {@code A = (Ts/τ)·e}, the sampled kernel is
 * {@code ε[k] = A·k·q^k} for {@code k < K} (see {@link SrmKernels#alpha}). Two first-order
 * recursions give the untruncated response, and the truncated tail is the same response delayed
 * by K, so it is subtracted exactly:
 * <pre>
 * E1[t] = x[t] + q·E1[t−1]                 (Σ_m q^m x[t−m])
 * E2[t] = q·(E2[t−1] + E1[t−1])            (Σ_m m·q^m x[t−m])
 * y[t]  = A·(E2[t] − q^K·(K·E1[t−K] + E2[t−K]))
 * </pre>
 * The correlation (backward) runs the same recursions backwards in time:
 * {@code F1[t] = g[t] + q·F1[t+1]}, {@code F2[t] = q·(F2[t+1] + F1[t+1])},
 * {@code x̄[t] = A·(F2[t] − q^K·(K·F1[t+K] + F2[t+K]))}. Results equal the direct sum to rounding
 * (tested); rows are processed whole, so the loops vectorise over the block's columns.
 */
final class AlphaRecursion implements TemporalKernel {
    private final double q;
    private final double amplitude;
    private final int taps;
    private final double qK;

    private AlphaRecursion(double q, double amplitude, int taps) {
        this.q = q;
        this.amplitude = amplitude;
        this.taps = taps;
        this.qK = Math.pow(q, taps);
    }

    /**
     * The recursion for {@code h} when it is an α kernel {@code h[k] = A·k·q^k} (0 &lt; q &lt; 1,
     * to 1e-12 of its largest sample; at least 3 taps), else {@code null}. q and A are read off
     * {@code h[1] = A·q} and {@code h[2] = 2A·q²}.
     */
    static AlphaRecursion infer(double[] h) {
        if (h.length < 3 || h[0] != 0.0 || !(h[1] > 0)) {
            return null;
        }
        double q = h[2] / (2 * h[1]);
        if (!(q > 0 && q < 1)) {
            return null;
        }
        double amplitude = h[1] / q;
        double peak = 0;
        for (double v : h) {
            peak = Math.max(peak, Math.abs(v));
        }
        for (int k = 0; k < h.length; k++) {
            if (Math.abs(h[k] - amplitude * k * Math.pow(q, k)) > 1e-12 * peak) {
                return null;
            }
        }
        return new AlphaRecursion(q, amplitude, h.length);
    }

    @Override
    public void convolve(double[] x, double[] y, int steps, int width) {
        double[] e1 = new double[steps * width];
        double[] e2 = new double[steps * width];
        System.arraycopy(x, 0, e1, 0, width);
        for (int t = 0; t < steps; t++) {
            int row = t * width;
            int prev = row - width;
            int lag = (t - taps) * width;
            if (t > 0) {
                for (int c = 0; c < width; c++) {
                    double p1 = e1[prev + c];
                    e1[row + c] = x[row + c] + q * p1;
                    e2[row + c] = q * (e2[prev + c] + p1);
                }
            }
            if (t >= taps) {
                for (int c = 0; c < width; c++) {
                    y[row + c] = amplitude * (e2[row + c] - qK * (taps * e1[lag + c] + e2[lag + c]));
                }
            } else {
                for (int c = 0; c < width; c++) {
                    y[row + c] = amplitude * e2[row + c];
                }
            }
        }
    }

    @Override
    public void correlate(double[] g, double[] out, int steps, int width) {
        double[] f1 = new double[steps * width];
        double[] f2 = new double[steps * width];
        int lastRow = (steps - 1) * width;
        System.arraycopy(g, lastRow, f1, lastRow, width);
        for (int t = steps - 1; t >= 0; t--) {
            int row = t * width;
            int next = row + width;
            int lead = (t + taps) * width;
            if (t < steps - 1) {
                for (int c = 0; c < width; c++) {
                    double n1 = f1[next + c];
                    f1[row + c] = g[row + c] + q * n1;
                    f2[row + c] = q * (f2[next + c] + n1);
                }
            }
            if (t + taps < steps) {
                for (int c = 0; c < width; c++) {
                    out[row + c] = amplitude * (f2[row + c] - qK * (taps * f1[lead + c] + f2[lead + c]));
                }
            } else {
                for (int c = 0; c < width; c++) {
                    out[row + c] = amplitude * f2[row + c];
                }
            }
        }
    }
}
