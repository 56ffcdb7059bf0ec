package org.snn4j.autograd.temporal;

import java.util.Arrays;

/**
 * The direct causal FIR filter: {@code O(T·K)} multiply-adds per column.
 *
 * <p>Each output row is a sum of K scaled input rows; the innermost loop runs over the block's
 * columns (contiguous), so the JIT vectorises it.
 */
final class DirectFir implements BlockFilter {
    private final double[] h;

    DirectFir(double[] h) {
        this.h = h.clone();
    }

    @Override
    public void convolve(double[] x, double[] y, int steps, int width) {
        Arrays.fill(y, 0, steps * width, 0.0);
        for (int t = 0; t < steps; t++) {
            int out = t * width;
            int taps = Math.min(h.length, t + 1);
            for (int k = 0; k < taps; k++) {
                double hk = h[k];
                if (hk == 0.0) {
                    continue;
                }
                int in = (t - k) * width;
                for (int c = 0; c < width; c++) {
                    y[out + c] += hk * x[in + c];
                }
            }
        }
    }

    @Override
    public void correlate(double[] g, double[] out, int steps, int width) {
        Arrays.fill(out, 0, steps * width, 0.0);
        for (int t = 0; t < steps; t++) {
            int o = t * width;
            int taps = Math.min(h.length, steps - t);
            for (int k = 0; k < taps; k++) {
                double hk = h[k];
                if (hk == 0.0) {
                    continue;
                }
                int in = (t + k) * width;
                for (int c = 0; c < width; c++) {
                    out[o + c] += hk * g[in + c];
                }
            }
        }
    }
}
