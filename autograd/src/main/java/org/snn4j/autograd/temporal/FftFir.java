package org.snn4j.autograd.temporal;

import java.util.Arrays;
import org.snn4j.autograd.backend.BlockScratch;

/**
 * The causal FIR filter through the FFT: {@code O(M·log M)} per column with
 * {@code M = 2^⌈log2(T + K − 1)⌉}, so that the circular convolution equals the linear one on
 * {@code t < T}.
 *
 * <pre>
 * convolve:  y = IFFT(FFT(x) · H)        H = FFT(h zero-padded to M)
 * correlate: x̄ = IFFT(FFT(ȳ) · conj(H))  (ȳ zero beyond T; lags t + k &lt; T + K − 1 ≤ M never wrap)
 * </pre>
 * Two real columns ride in one complex column ({@code x_a + i·x_b}): h is real, so the real part
 * of the result is column a's output and the imaginary part column b's. This halves the work.
 */
final class FftFir implements BlockFilter {
    private final double[] h;
    private final int steps;
    private final BlockFft fft;
    private final double[] hRe;
    private final double[] hIm;

    /** A filter for sequences of exactly {@code steps} rows. */
    FftFir(double[] h, int steps) {
        this.h = h.clone();
        this.steps = steps;
        this.fft = new BlockFft(paddedLength(steps, h.length));
        int m = fft.size();
        hRe = new double[m];
        hIm = new double[m];
        for (int k = 0; k < h.length; k++) {
            hRe[k] = h[k] / m;
        }
        fft.transform(hRe, hIm, 1, false);
    }

    /** The FFT length for T steps and K taps: the smallest power of two ≥ T + K − 1 (at least 2). */
    static int paddedLength(int steps, int taps) {
        int need = Math.max(2, steps + taps - 1);
        return Integer.highestOneBit(need - 1) << 1;
    }

    @Override
    public void convolve(double[] x, double[] y, int rows, int width) {
        apply(x, y, rows, width, false);
    }

    @Override
    public void correlate(double[] g, double[] out, int rows, int width) {
        apply(g, out, rows, width, true);
    }

    private void apply(double[] in, double[] out, int rows, int width, boolean conjugate) {
        if (rows != steps) {
            throw new IllegalStateException("internal: FFT filter built for " + steps + " steps, got " + rows);
        }
        int pairs = (width + 1) / 2;
        int m = fft.size();
        BlockScratch pool = BlockScratch.current();
        double[] re = pool.take(m * pairs);
        double[] im = pool.take(m * pairs);
        for (int t = 0; t < rows; t++) {
            System.arraycopy(in, t * width, re, t * pairs, pairs);
            System.arraycopy(in, t * width + pairs, im, t * pairs, width - pairs);
            if (width - pairs < pairs) {
                im[t * pairs + pairs - 1] = 0.0;
            }
        }
        Arrays.fill(re, rows * pairs, m * pairs, 0.0);
        Arrays.fill(im, rows * pairs, m * pairs, 0.0);
        fft.transform(re, im, pairs, false);
        multiply(re, im, pairs, conjugate);
        fft.transform(re, im, pairs, true);
        for (int t = 0; t < rows; t++) {
            System.arraycopy(re, t * pairs, out, t * width, pairs);
            System.arraycopy(im, t * pairs, out, t * width + pairs, width - pairs);
        }
    }

    /** Row f ← row f · H[f] (or conj(H[f])); H already carries the inverse transform's 1/M. */
    private void multiply(double[] re, double[] im, int pairs, boolean conjugate) {
        for (int f = 0; f < fft.size(); f++) {
            double wr = hRe[f];
            double wi = conjugate ? -hIm[f] : hIm[f];
            int row = f * pairs;
            for (int c = 0; c < pairs; c++) {
                double r = re[row + c];
                double i = im[row + c];
                re[row + c] = r * wr - i * wi;
                im[row + c] = r * wi + i * wr;
            }
        }
    }

    @Override
    public String toString() {
        return "FftFir[K=" + h.length + ", T=" + steps + ", M=" + fft.size() + "]";
    }
}
