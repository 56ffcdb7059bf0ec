package org.snn4j.autograd.temporal;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * A sampled causal kernel {@code h[0..K)} over time steps: the response {@code k} steps after a
 * unit spike. Filtering a time-major tensor {@code [T, ...]} along its first axis gives
 *
 * <pre>
 * f[t] = Σ_{k=0}^{min(t, K−1)} h[k] · x[t − k]          (x = 0 before step 0)
 * </pre>
 * Spikes are unit events (not SLAYER's 1/Ts-amplitude Diracs), so with the SRM-α kernel this
 * equals slayerPytorch's {@code psp}, which multiplies its 1/Ts spikes by Ts inside the
 * convolution. Kernels: {@link SrmAlphaKernel} (SLAYER's ε and ν), {@link ExponentialKernel}
 * (van Rossum's), {@link #ofTaps} (any).
 *
 * <p>{@link #filter(Tensor)} is the primitive composition ({@link TemporalFilter#reference}: a
 * Toeplitz matmul, exact gradient from the primitives); {@link #filter(Tensor, FilterMethod)} is
 * the fast recorded operation ({@link TemporalFilter#apply}) with the same values and gradient.
 */
public interface TemporalKernel {

    /** The taps {@code h[0..K−1]} (a fresh array, {@code K ≥ 1}). */
    double[] taps();

    /** The identity filter, {@code h = [1]}. */
    static TemporalKernel delta() {
        return new FixedTaps(new double[] {1});
    }

    /** An arbitrary causal FIR kernel; {@code taps[k]} is the response {@code k} steps after a spike. */
    static TemporalKernel ofTaps(double... taps) {
        return new FixedTaps(taps);
    }

    /** The {@code [steps, steps]} Toeplitz matrix {@code M[t, s] = h[t − s]} for {@code 0 ≤ t − s < K}, else 0. */
    default INDArray toeplitz(long steps, DataType type) {
        return TemporalFilter.toeplitz(taps(), steps, type);
    }

    /** Filters {@code x} causally along its first (time) axis with primitives; {@code x}'s shape and type. */
    default Tensor filter(Tensor x) {
        return TemporalFilter.reference(x, taps());
    }

    /** The same filter as one fast recorded operation ({@code x} is {@code [T, B, ...]}, FLOAT or DOUBLE). */
    default Tensor filter(Tensor x, FilterMethod method) {
        return TemporalFilter.apply(x, taps(), method);
    }
}
