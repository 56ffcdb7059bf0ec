package org.snn4j.autograd.temporal;

/**
 * An in-place iterative radix-2 FFT along the rows of a complex block {@code [M, w]}
 * (real and imaginary parts in two row-major arrays): every column is transformed independently.
 *
 * <pre>
 * forward: X[f] = Σ_{n=0}^{M−1} x[n]·e^{−2πi·f·n/M}
 * inverse: x[n] = Σ_{f=0}^{M−1} X[f]·e^{+2πi·f·n/M}      (unscaled: the caller divides by M)
 * </pre>
 * Cooley–Tukey decimation in time: bit-reversal permutation of the rows, then log2(M) butterfly
 * stages. The innermost loop of each butterfly runs over the w columns (contiguous), so one
 * butterfly costs a few vector operations; this is why the block is laid out time-major.
 */
final class BlockFft {
    private final int size;
    private final double[] cos;
    private final double[] sin;
    private final int[] reversed;

    /** Twiddles and permutation for length {@code size}, a power of two ≥ 2. */
    BlockFft(int size) {
        if (size < 2 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two >= 2, got " + size);
        }
        this.size = size;
        cos = new double[size / 2];
        sin = new double[size / 2];
        for (int j = 0; j < size / 2; j++) {
            double a = 2 * Math.PI * j / size;
            cos[j] = Math.cos(a);
            sin[j] = Math.sin(a);
        }
        reversed = new int[size];
        int bits = Integer.numberOfTrailingZeros(size);
        for (int i = 0; i < size; i++) {
            reversed[i] = Integer.reverse(i) >>> (32 - bits);
        }
    }

    int size() {
        return size;
    }

    /** Transforms {@code re + i·im} ({@code [M, w]}) in place; {@code inverse} flips the exponent sign. */
    void transform(double[] re, double[] im, int width, boolean inverse) {
        permute(re, width);
        permute(im, width);
        double sign = inverse ? 1.0 : -1.0;
        for (int len = 2; len <= size; len <<= 1) {
            int half = len >> 1;
            int stride = size / len;
            for (int start = 0; start < size; start += len) {
                for (int j = 0; j < half; j++) {
                    butterfly(re, im, width, (start + j) * width, (start + j + half) * width,
                            cos[j * stride], sign * sin[j * stride]);
                }
            }
        }
    }

    /** {@code (a, b) ← (a + w·b, a − w·b)} on one pair of rows. */
    private static void butterfly(double[] re, double[] im, int width, int a, int b, double wr, double wi) {
        for (int c = 0; c < width; c++) {
            double br = re[b + c];
            double bi = im[b + c];
            double tr = wr * br - wi * bi;
            double ti = wr * bi + wi * br;
            double ar = re[a + c];
            double ai = im[a + c];
            re[b + c] = ar - tr;
            im[b + c] = ai - ti;
            re[a + c] = ar + tr;
            im[a + c] = ai + ti;
        }
    }

    private void permute(double[] x, int width) {
        double[] tmp = new double[width];
        for (int i = 0; i < size; i++) {
            int j = reversed[i];
            if (j > i) {
                System.arraycopy(x, i * width, tmp, 0, width);
                System.arraycopy(x, j * width, x, i * width, width);
                System.arraycopy(tmp, 0, x, j * width, width);
            }
        }
    }
}
