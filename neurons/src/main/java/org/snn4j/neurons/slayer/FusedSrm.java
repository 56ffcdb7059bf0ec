package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * The fused SRM neuron: PSP filter and spike function in one graph node.
 *
 * <pre>
 * forward:  u = ε ∗ a;   s = spikes of u with the refractory loop (ũ = u + ν ∗ s)
 * backward: ∂L/∂a = ε ⋆ (Ts·ρ(ũ) ⊙ ∂L/∂s)        (⋆ = correlation in time)
 * </pre>
 * {@code a} is the synaptic drive {@code [T, B, ...]} (e.g. {@code W·s_in} over all steps). The
 * result equals {@code SpikeFunction.apply(TemporalFilter.apply(a, ε), p)} and
 * {@link ReferenceSrm#apply} (tested), but only {@code Ts·ρ(ũ)} is kept for backward (in the
 * tensor's precision, and only when a gradient is needed) and no intermediate tensor is
 * materialised: each block of neurons is gathered from the input buffer, filtered, fired and
 * scattered into the output buffer in one pass over its own scratch arrays, blocks in parallel;
 * backward likewise correlates block by block.
 */
public final class FusedSrm {
    private FusedSrm() {
    }

    /** With the kernels of {@code p} and {@link FilterMethod#AUTO}. */
    public static Tensor apply(Tensor a, SrmParameters p) {
        return apply(a, p, SrmKernels.of(p), FilterMethod.AUTO);
    }

    /**
     * @param a       synaptic drive {@code [T, B, ...]}, FLOAT or DOUBLE
     * @param p       neuron parameters (θ, ρ, Ts)
     * @param kernels ε and ν (normally {@code SrmKernels.of(p)})
     * @param method  how to filter in time
     * @return 0/1 spikes shaped like {@code a}
     */
    public static Tensor apply(Tensor a, SrmParameters p, SrmKernels kernels, FilterMethod method) {
        INDArray av = a.value();
        DataType type = Flat.floatType("FusedSrm", av);
        SequenceBlocks blocks = SequenceBlocks.of("FusedSrm", av.shape());
        TemporalKernel fir = method.kernel(kernels.epsilon(), blocks.steps());
        double[] nu = kernels.nu();
        boolean grad = Graph.anyRequiresGrad(a);
        ArrayRows in = ArrayRows.of("FusedSrm", av);
        ArrayRows spikes = ArrayRows.allocate(type, av.shape());
        BlockStore density = grad ? new BlockStore(type, blocks.count()) : null;
        blocks.forEach(b -> {
            double[] x = blocks.scratch(b);
            double[] u = blocks.scratch(b);
            blocks.gather(in, b, x);
            fir.convolve(x, u, blocks.steps(), blocks.width(b));
            double[] d = grad ? blocks.scratch(b) : null;
            RefractoryLoop.fire(u, x, d, blocks.steps(), blocks.width(b), p, nu);
            blocks.scatter(x, b, spikes);
            if (grad) {
                density.put(b, d);
            }
        });
        return Graph.record("fusedSrm", spikes.array(), (g, needs) -> new INDArray[] {
            backward(blocks, ArrayRows.of("FusedSrm", g), density, fir, type, av.shape())}, a);
    }

    private static INDArray backward(SequenceBlocks blocks, ArrayRows g, BlockStore density, TemporalKernel fir,
                                     DataType type, long[] shape) {
        ArrayRows out = ArrayRows.allocate(type, shape);
        blocks.forEach(b -> {
            double[] gu = blocks.scratch(b);
            double[] ga = blocks.scratch(b);
            blocks.gather(g, b, gu);
            density.multiplyInto(b, gu);
            fir.correlate(gu, ga, blocks.steps(), blocks.width(b));
            blocks.scatter(ga, b, out);
        });
        return out.array();
    }
}
