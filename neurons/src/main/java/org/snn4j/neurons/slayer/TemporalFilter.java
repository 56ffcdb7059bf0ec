package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * Causal FIR filtering along time: SLAYER's PSP {@code a = ε ∗ s}, as one recorded operation.
 *
 * <pre>
 * forward:  y[t, b, n] = Σ_{k=0}^{K−1} h[k]·x[t − k, b, n]      (x = 0 before t = 0)
 * backward: ∂x[t, b, n] = Σ_{k=0}^{K−1} h[k]·g[t + k, b, n]     (g = 0 after t = T − 1)
 * </pre>
 * Input {@code [T, B, ...]} time-major, any trailing shape; the output has the same shape and
 * type. The kernel is a constant (no gradient). With the ε kernel of {@link SrmKernels} a spike
 * at step {@code t0} produces {@code ε[t − t0]}; slayerPytorch's {@code psp} multiplies by Ts and
 * feeds 1/Ts spikes, which is the same thing. All {@link FilterMethod}s agree to rounding;
 * {@link FilterMethod#AUTO} picks the fastest for the kernel and T.
 */
public final class TemporalFilter {
    private TemporalFilter() {
    }

    /** {@link #apply(Tensor, double[], FilterMethod)} with {@link FilterMethod#AUTO}. */
    public static Tensor apply(Tensor x, double[] kernel) {
        return apply(x, kernel, FilterMethod.AUTO);
    }

    /**
     * @param x      {@code [T, B, ...]}
     * @param kernel h[0..K), K ≥ 1
     * @param method how to compute it
     */
    public static Tensor apply(Tensor x, double[] kernel, FilterMethod method) {
        if (kernel == null || kernel.length == 0) {
            throw new IllegalArgumentException("TemporalFilter: kernel must have at least one tap");
        }
        INDArray xv = x.value();
        DataType type = Flat.floatType("TemporalFilter", xv);
        long[] shape = xv.shape();
        SequenceBlocks blocks = SequenceBlocks.of("TemporalFilter", shape);
        TemporalKernel fir = method.kernel(kernel, blocks.steps());
        INDArray y = run(blocks, ArrayRows.of("TemporalFilter", xv), fir, false, type, shape);
        return Graph.record("temporalFilter", y, (g, needs) -> new INDArray[] {
            run(blocks, ArrayRows.of("TemporalFilter", g), fir, true, type, shape)}, x);
    }

    /** Filters (or correlates) every column of {@code in}, block by block, in parallel. */
    static INDArray run(SequenceBlocks blocks, ArrayRows in, TemporalKernel fir, boolean correlate, DataType type,
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
}
