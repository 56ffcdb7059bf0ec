package org.snn4j.autograd.temporal;

/**
 * A causal FIR filter {@code h[0..K)} applied along the rows of a block {@code [T, w]} (row-major,
 * one column per neuron): the engine behind {@link TemporalFilter} and fused kernels that filter
 * in time (SLAYER's SRM neuron). Obtain one from {@link FilterMethod#blockFilter}.
 *
 * <pre>
 * convolve:  y[t] = Σ_{k=0}^{K−1} h[k]·x[t − k]        (x[t] = 0 for t &lt; 0)
 * correlate: x̄[t] = Σ_{k=0}^{K−1} h[k]·ȳ[t + k]        (ȳ[t] = 0 for t ≥ T)
 * </pre>
 * {@code correlate} is the transpose of {@code convolve}: the backward pass of the filter.
 * Implementations ({@link DirectFir}, {@link FftFir}, {@link AlphaRecursion}) are immutable and
 * safe to share between threads.
 */
public interface BlockFilter {

    /** Writes {@code y = h ∗ x} over {@code steps} rows of {@code width} columns ({@code y} is overwritten). */
    void convolve(double[] x, double[] y, int steps, int width);

    /** Writes {@code out = h ⋆ g} (the correlation) over the same layout. */
    void correlate(double[] g, double[] out, int steps, int width);
}
