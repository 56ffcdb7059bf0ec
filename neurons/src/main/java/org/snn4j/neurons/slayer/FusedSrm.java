package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.temporal.ArrayRows;
import org.snn4j.autograd.temporal.BlockFilter;
import org.snn4j.autograd.temporal.FilterMethod;
import org.snn4j.autograd.temporal.SequenceBlocks;
import org.snn4j.neurons.surrogate.Surrogate;

/**
 * The fused SRM neuron: PSP filter and spike function in one graph node (Shrestha &amp; Orchard,
 * NeurIPS 2018).
 *
 * <pre>
 * forward:  u = ε ∗ a;   s = spikes of u with the refractory loop (ũ = u + ν ∗ s)
 * backward: ∂L/∂a = ε ⋆ (Ts·ρ(ũ) ⊙ ∂L/∂s)        (⋆ = correlation in time)
 * </pre>
 * {@code a} is the synaptic drive {@code [T, B, ...]} (e.g. {@code W·s_in} over all steps). The
 * result equals {@link ReferenceSrm#apply} (the filter and the {@code Spike} op with
 * {@link SrmParameters#surrogate()} unrolled on the tape; tested), but only {@code Ts·ρ(ũ)} is kept
 * for backward (in the tensor's precision, and only when a gradient is needed) and no intermediate
 * tensor is materialised: each block of neurons is gathered from the input buffer, filtered
 * ({@link BlockFilter}), fired ({@link RefractoryLoop}) and scattered into the output buffer in one
 * pass over its own scratch arrays, blocks in parallel; backward likewise correlates block by block.
 */
public final class FusedSrm {
    private FusedSrm() {
    }

    /** With {@link FilterMethod#AUTO}. */
    public static Tensor apply(Tensor a, SrmParameters p) {
        return apply(a, p, FilterMethod.AUTO);
    }

    /**
     * @param a      synaptic drive {@code [T, B, ...]}, FLOAT or DOUBLE
     * @param p      neuron parameters (θ, ε, ν, ρ, Ts)
     * @param method how to filter in time
     * @return 0/1 spikes shaped like {@code a}
     */
    public static Tensor apply(Tensor a, SrmParameters p, FilterMethod method) {
        INDArray av = a.value();
        DataType type = ArrayRows.floatType("FusedSrm", av);
        SequenceBlocks blocks = SequenceBlocks.of("FusedSrm", av.shape());
        BlockFilter fir = method.blockFilter(p.epsilon().taps(), blocks.steps());
        double[] nu = p.nu().taps();
        Surrogate rho = p.surrogate();
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
            RefractoryLoop.fire(u, x, d, blocks.steps(), blocks.width(b), p.theta(), nu, rho);
            blocks.scatter(x, b, spikes);
            if (grad) {
                density.put(b, d);
            }
        });
        return Graph.record("fusedSrm", spikes.array(), (g, needs) -> new INDArray[] {
            backward(blocks, ArrayRows.of("FusedSrm", g), density, fir, type, av.shape())}, a);
    }

    /**
     * Runs the spike loop on a membrane {@code u = ε ∗ a} ({@code [T, B, ...]}) without recording:
     * the spikes and the membrane with the refractory responses of earlier spikes.
     */
    public static SrmResponse simulate(INDArray u, SrmParameters p) {
        DataType type = ArrayRows.floatType("FusedSrm", u);
        SequenceBlocks blocks = SequenceBlocks.of("FusedSrm", u.shape());
        double[] nu = p.nu().taps();
        ArrayRows in = ArrayRows.of("FusedSrm", u);
        ArrayRows spikes = ArrayRows.allocate(type, u.shape());
        ArrayRows membrane = ArrayRows.allocate(type, u.shape());
        blocks.forEach(b -> {
            double[] ub = blocks.scratch(b);
            double[] sb = blocks.scratch(b);
            blocks.gather(in, b, ub);
            RefractoryLoop.fire(ub, sb, null, blocks.steps(), blocks.width(b), p.theta(), nu, null);
            blocks.scatter(sb, b, spikes);
            blocks.scatter(ub, b, membrane);
        });
        return new SrmResponse(spikes.array(), membrane.array());
    }

    private static INDArray backward(SequenceBlocks blocks, ArrayRows g, BlockStore density, BlockFilter fir,
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
