package org.snn4j.autograd.temporal;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.Shapes;

/**
 * Causal FIR filtering along time (axis 0), in two forms that compute the same thing:
 *
 * <pre>
 * forward:  y[t, …] = Σ_{k=0}^{K−1} h[k]·x[t − k, …]      (x = 0 before t = 0)
 * backward: ∂x[t, …] = Σ_{k=0}^{K−1} h[k]·g[t + k, …]     (g = 0 after t = T − 1: the correlation)
 * </pre>
 * <ul>
 *   <li>{@link #apply(Tensor, double[], FilterMethod)}: one recorded operation whose forward and
 *       VJP run a {@link BlockFilter} (direct, FFT or the exact α recursion; {@link FilterMethod})
 *       over blocks of columns in parallel, in double precision; the output has the input's
 *       type. This is SLAYER's spike response {@code a = ε ∗ s} (Shrestha &amp; Orchard, NeurIPS 2018, the SRM
 *       membrane equation).</li>
 *   <li>{@link #reference(Tensor, double[])}: the definition written with primitives, the
 *       time-major input viewed as {@code [T, N]} and multiplied on the left by the fixed
 *       lower-triangular Toeplitz matrix {@code M[t, s] = h[t − s]} ({@link #toeplitz}); its
 *       gradient {@code Mᵀ·g} needs no hand-written backward. {@code O(T²·N)}, one GEMM in the
 *       tensor's type. The losses filter this way, and the fast form is tested against it.</li>
 * </ul>
 * The kernel is a constant (no gradient). A unit spike at step {@code t0} produces
 * {@code h[t − t0]}; slayerPytorch's {@code psp} multiplies by Ts and feeds 1/Ts spikes, which is
 * the same thing.
 */
public final class TemporalFilter {
    private TemporalFilter() {
    }

    /** {@link #apply(Tensor, double[], FilterMethod)} with {@link FilterMethod#AUTO}. */
    public static Tensor apply(Tensor x, double[] kernel) {
        return apply(x, kernel, FilterMethod.AUTO);
    }

    /**
     * @param x      {@code [T, B, ...]}, FLOAT or DOUBLE
     * @param kernel h[0..K), K ≥ 1
     * @param method how to compute it
     */
    public static Tensor apply(Tensor x, double[] kernel, FilterMethod method) {
        requireTaps(kernel);
        INDArray xv = x.value();
        DataType type = ArrayRows.floatType("TemporalFilter", xv);
        long[] shape = xv.shape();
        SequenceBlocks blocks = SequenceBlocks.of("TemporalFilter", shape);
        BlockFilter fir = method.blockFilter(kernel, blocks.steps());
        INDArray y = run(blocks, ArrayRows.of("TemporalFilter", xv), fir, false, type, shape);
        return Graph.record("temporalFilter", y, (g, needs) -> new INDArray[] {
            run(blocks, ArrayRows.of("TemporalFilter", g), fir, true, type, shape)}, x);
    }

    /**
     * The same filter as a Toeplitz matmul on the tape.
     *
     * @param x      {@code [T, ...]} with T ≥ 1; the result has its shape and type
     * @param kernel h[0..K), K ≥ 1
     */
    public static Tensor reference(Tensor x, double[] kernel) {
        requireTaps(kernel);
        if (x.rank() < 1 || x.size(0) < 1) {
            throw new IllegalArgumentException("filter: need a time-major tensor [T, ...] with T >= 1, got rank "
                    + x.rank());
        }
        long steps = x.size(0);
        long columns = x.value().length() / steps;
        Tensor m = Tensor.constant(toeplitz(kernel, steps, x.dataType()));
        Tensor flat = LinearAlgebra.matmul(m, Shapes.reshape(x, steps, columns));
        return Shapes.reshape(flat, x.shape());
    }

    /** The {@code [steps, steps]} matrix {@code M[t, s] = h[t − s]} for {@code 0 ≤ t − s < K}, else 0. */
    public static INDArray toeplitz(double[] h, long steps, DataType type) {
        if (steps < 1 || steps * steps > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("steps must be in [1, 46340], got " + steps);
        }
        int n = (int) steps;
        double[] m = new double[n * n];
        for (int t = 0; t < n; t++) {
            for (int k = 0; k < h.length && k <= t; k++) {
                m[t * n + t - k] = h[k];
            }
        }
        return Nd4j.create(m, new long[] {n, n}, 'c').castTo(type);
    }

    /** Filters (or correlates) every column of {@code in}, block by block, in parallel. */
    private static INDArray run(SequenceBlocks blocks, ArrayRows in, BlockFilter fir, boolean correlate, DataType type,
                                long[] shape) {
        ArrayRows out = ArrayRows.allocate(type, shape);
        blocks.forEach(b -> {
            double[] x = blocks.scratch(b);
            double[] y = blocks.scratch(b);
            blocks.gather(in, b, x);
            if (correlate) {
                fir.correlate(x, y, blocks.steps(), blocks.width(b));
            } else {
                fir.convolve(x, y, blocks.steps(), blocks.width(b));
            }
            blocks.scatter(y, b, out);
        });
        return out.array();
    }

    private static void requireTaps(double[] kernel) {
        if (kernel == null || kernel.length == 0) {
            throw new IllegalArgumentException("TemporalFilter: kernel must have at least one tap");
        }
    }
}
