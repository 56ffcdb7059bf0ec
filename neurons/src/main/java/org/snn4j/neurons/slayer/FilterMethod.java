package org.snn4j.neurons.slayer;

/**
 * How {@link TemporalFilter} computes the causal convolution in time.
 *
 * <p>Cost per neuron column: direct ≈ {@code T·K} multiply-adds; FFT ≈ {@code c·M·log2 M} with
 * {@code M = 2^⌈log2(T + K − 1)⌉} (two real columns share one complex transform). {@link #AUTO}
 * picks the cheaper by this model with the constant {@link #FFT_COST} measured on the
 * throwaway benchmark {@code FilterBenchmark} (see the package tests); both give the same result
 * to rounding.
 */
public enum FilterMethod {
    /** Direct sum over the taps. */
    DIRECT,
    /** Radix-2 FFT, convolution by spectrum multiplication. */
    FFT,
    /** {@link #DIRECT} or {@link #FFT}, whichever the cost model says is faster for (T, K). */
    AUTO;

    /**
     * Cost of one FFT column relative to one direct multiply-add, per {@code M·log2 M}: the
     * measured break-even point (see {@code FilterBenchmark}).
     */
    static final double FFT_COST = 1.0;

    /** The concrete method for {@code steps} rows and {@code taps} kernel samples. */
    public FilterMethod resolve(int steps, int taps) {
        if (this != AUTO) {
            return this;
        }
        int m = FftFir.paddedLength(steps, taps);
        double direct = (double) steps * Math.min(taps, steps);
        double fft = FFT_COST * m * (31 - Integer.numberOfLeadingZeros(m));
        return direct > fft ? FFT : DIRECT;
    }

    /** A kernel for {@code h} over sequences of {@code steps} rows. */
    TemporalKernel kernel(double[] h, int steps) {
        return resolve(steps, h.length) == FFT ? new FftFir(h, steps) : new DirectFir(h);
    }
}
