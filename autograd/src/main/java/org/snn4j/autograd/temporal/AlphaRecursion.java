package org.snn4j.autograd.temporal;

import java.util.Arrays;
import org.snn4j.autograd.backend.BlockScratch;

/**
 * The truncated SRM-α filter computed recursively: {@code O(T)} per column whatever the number
 * of taps K.
 *
 * <p>With {@code q = e^{−Ts/τ}} and {@code A = (Ts/τ)·e}, the sampled kernel is
 * {@code ε[k] = A·k·q^k} for {@code k < K} (see {@link SrmAlphaKernel}). Two first-order
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
 * (tested); rows are processed whole, so the loops vectorise over the block's columns, and the
 * states need only the last {@code K + 1} rows.
 */
final class AlphaRecursion implements BlockFilter {
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
        run(x, y, steps, width, false);
    }

    @Override
    public void correlate(double[] g, double[] out, int steps, int width) {
        run(g, out, steps, width, true);
    }

    /**
     * The recursion over logical steps {@code i = 0 … T−1} (rows {@code i}, or {@code T−1−i} when
     * {@code reverse}). The states live in ring buffers of {@code K + 1} rows, all the lag needs,
     * taken from the block's {@link BlockScratch} (every row is written before it is read).
     */
    private void run(double[] in, double[] out, int steps, int width, boolean reverse) {
        int ring = taps < steps ? taps + 1 : 2;
        BlockScratch pool = BlockScratch.current();
        double[] s1 = pool.take(ring * width);
        double[] s2 = pool.take(ring * width);
        for (int i = 0; i < steps; i++) {
            int row = (reverse ? steps - 1 - i : i) * width;
            int cur = (i % ring) * width;
            if (i == 0) {
                System.arraycopy(in, row, s1, cur, width);
                Arrays.fill(s2, cur, cur + width, 0.0);
            } else {
                int prev = ((i - 1) % ring) * width;
                for (int c = 0; c < width; c++) {
                    double p1 = s1[prev + c];
                    s1[cur + c] = in[row + c] + q * p1;
                    s2[cur + c] = q * (s2[prev + c] + p1);
                }
            }
            if (i >= taps) {
                int lag = ((i - taps) % ring) * width;
                for (int c = 0; c < width; c++) {
                    out[row + c] = amplitude * (s2[cur + c] - qK * (taps * s1[lag + c] + s2[lag + c]));
                }
            } else {
                for (int c = 0; c < width; c++) {
                    out[row + c] = amplitude * s2[cur + c];
                }
            }
        }
    }
}
