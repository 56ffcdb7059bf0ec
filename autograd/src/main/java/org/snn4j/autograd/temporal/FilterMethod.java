package org.snn4j.autograd.temporal;

/**
 * How the causal convolution in time is computed ({@link TemporalFilter} and fused kernels that
 * filter in time, such as SLAYER's SRM neuron).
 *
 * <p>Cost per neuron column for T steps and K taps:
 * <ul>
 *   <li>{@link #DIRECT}: {@code T·min(K, T)} multiply-adds;</li>
 *   <li>{@link #FFT}: about {@code M·log2 M} butterfly operations,
 *       {@code M = 2^⌈log2(T + K − 1)⌉} (two real columns share one complex transform);</li>
 *   <li>{@link #RECURSIVE}: about 8 operations per step whatever K, for SRM-α kernels
 *       {@code h[k] = A·k·q^k} only ({@link AlphaRecursion}).</li>
 * </ul>
 * {@link #AUTO} uses the recursion when the kernel is an α kernel (every positive
 * {@link SrmAlphaKernel}), and otherwise compares the direct and FFT costs with the factor
 * {@link #FFT_COST}. Measured on [T, 12, 512] float32 blocks (2 cores, loaded machine, ms):
 * <pre>
 *   T     K    direct    FFT   recursive
 *  300    8      21       59      24
 *  300   20      43       77      17
 *  300   40      75       65      15
 *  300   77     185       77      20
 *  300  300     374      156      13
 * 1000   77     606      409      81
 * 1000 1000    4363      441      81
 * </pre>
 * so the FFT wins from K ≈ 40 at T = 300, as the cost model says. All methods agree to rounding
 * (tested).
 */
public enum FilterMethod {
    /** Direct sum over the taps. */
    DIRECT,
    /** Radix-2 FFT, convolution by spectrum multiplication. */
    FFT,
    /** The exact two-state recursion of a truncated α kernel; fails for other kernels. */
    RECURSIVE,
    /** {@link #RECURSIVE} for α kernels, else {@link #DIRECT} or {@link #FFT} by the cost model. */
    AUTO;

    /**
     * Cost of one FFT butterfly row relative to one direct multiply-add row, per {@code M·log2 M}
     * (fitted to the table above: the direct and FFT times cross near K ≈ 40 at T = 300).
     */
    static final double FFT_COST = 2.0;

    /** DIRECT or FFT for {@code steps} rows and {@code taps} samples (AUTO's choice for non-α kernels). */
    public FilterMethod resolve(int steps, int taps) {
        if (this != AUTO) {
            return this;
        }
        int m = FftFir.paddedLength(steps, taps);
        double direct = (double) steps * Math.min(taps, steps);
        double fft = FFT_COST * m * (31 - Integer.numberOfLeadingZeros(m));
        return direct > fft ? FFT : DIRECT;
    }

    /** A block filter computing {@code h} over sequences of {@code steps} rows by this method. */
    public BlockFilter blockFilter(double[] h, int steps) {
        if (this == RECURSIVE || this == AUTO) {
            AlphaRecursion r = AlphaRecursion.infer(h);
            if (r != null) {
                return r;
            }
            if (this == RECURSIVE) {
                throw new IllegalArgumentException("FilterMethod.RECURSIVE needs an α kernel h[k] = A·k·q^k"
                        + " (at least 3 taps); use DIRECT, FFT or AUTO for this kernel of " + h.length + " taps");
            }
        }
        return resolve(steps, h.length) == FFT ? new FftFir(h, steps) : new DirectFir(h);
    }
}
