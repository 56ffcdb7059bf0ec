package org.snn4j.losses;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.Shapes;

/**
 * A causal FIR kernel over time steps, used to filter spike trains for SLAYER's losses.
 *
 * <pre>
 * f[t] = Σ_{k=0}^{min(t, K−1)} h[k] · x[t − k]          (x = 0 before step 0)
 * </pre>
 * {@code h[k]} is the response {@code k} steps after a unit spike. Spikes are unit events (not
 * SLAYER's 1/Ts-amplitude Diracs), so this equals slayerPytorch's {@code psp}, which multiplies
 * its 1/Ts spikes by Ts inside the convolution.
 *
 * <p>{@link #filter} is written with primitives: the time-major input {@code [T, ...]} is viewed
 * as {@code [T, N]} and multiplied on the left by the fixed lower-triangular Toeplitz matrix
 * {@code M[t, s] = h[t − s]} ({@code 0 ≤ t − s < K}), so its gradient is the matching
 * correlation {@code Mᵀ·g} without a hand-written backward. The cost is {@code O(T²·N)} (one GEMM,
 * small next to the network for the {@code [T, B, C]} outputs a loss sees); SLAYER's layers use a
 * direct or FFT convolution instead.
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
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        }
        double[] h = taps();
        INDArray m = Nd4j.zeros(type, steps, steps);
        for (long t = 0; t < steps; t++) {
            for (long s = Math.max(0, t - h.length + 1); s <= t; s++) {
                m.putScalar(t, s, h[(int) (t - s)]);
            }
        }
        return m;
    }

    /** Filters {@code x} causally along its first (time) axis; the result has {@code x}'s shape and type. */
    default Tensor filter(Tensor x) {
        if (x.rank() < 1 || x.size(0) < 1) {
            throw new IllegalArgumentException("filter: need a time-major tensor [T, ...] with T >= 1, got rank "
                    + x.rank());
        }
        long steps = x.size(0);
        long rest = x.value().length() / steps;
        Tensor m = Tensor.constant(toeplitz(steps, x.dataType()));
        Tensor flat = LinearAlgebra.matmul(m, Shapes.reshape(x, steps, rest));
        return Shapes.reshape(flat, x.shape());
    }
}
