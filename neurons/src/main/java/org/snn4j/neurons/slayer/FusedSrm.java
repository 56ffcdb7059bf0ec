package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.VjpRule;
import org.snn4j.autograd.temporal.ArrayRows;
import org.snn4j.autograd.temporal.BlockFilter;
import org.snn4j.autograd.temporal.FilterMethod;
import org.snn4j.autograd.temporal.SequenceBlocks;
import org.snn4j.neurons.model.Readout;
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
 * result equals the reference path of {@link SrmNeuron} (its step, with the common {@code Spike} op
 * and {@link SrmParameters#surrogate()}, unrolled on the tape; tested), but only {@code Ts·ρ(ũ)} is kept
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
        return apply(a, null, p, method, Readout.SPIKES).output();
    }

    /**
     * The general node: {@code u = ε ∗ a + offset}, then the refractory loop.
     *
     * <pre>
     * backward (spikes):   ∂L/∂offset = Ts·ρ(ũ) ⊙ ∂L/∂s,   ∂L/∂a = ε ⋆ ∂L/∂offset
     * backward (membrane): ∂L/∂offset = ∂L/∂ũ,              ∂L/∂a = ε ⋆ ∂L/∂ũ
     * </pre>
     * (the refractory response is not differentiated, as on the reference path).
     *
     * @param offset  {@code [T, B, ...]} added to the filtered membrane (an initial state's history),
     *                or null for none
     * @param readout the 0/1 spikes, or the membrane ũ including the refractory responses
     * @return the output and the spikes
     */
    static SrmRun apply(Tensor a, Tensor offset, SrmParameters p, FilterMethod method, Readout readout) {
        INDArray av = a.value();
        DataType type = ArrayRows.floatType("FusedSrm", av);
        SequenceBlocks blocks = SequenceBlocks.of("FusedSrm", av.shape());
        BlockFilter fir = method.blockFilter(p.epsilon().taps(), blocks.steps());
        double[] nu = p.nu().taps();
        boolean spikeOut = readout == Readout.SPIKES;
        Surrogate rho = spikeOut ? p.surrogate() : null;
        boolean grad = offset == null ? Graph.anyRequiresGrad(a) : Graph.anyRequiresGrad(a, offset);
        ArrayRows in = ArrayRows.of("FusedSrm", av);
        ArrayRows off = offset == null ? null : ArrayRows.of("FusedSrm", offset.value());
        ArrayRows spikes = ArrayRows.allocate(type, av.shape());
        ArrayRows membrane = spikeOut ? null : ArrayRows.allocate(type, av.shape());
        BlockStore density = grad && spikeOut ? new BlockStore(type, blocks.count()) : null;
        blocks.forEach(b -> {
            double[] x = blocks.scratch(b);
            double[] u = blocks.scratch(b);
            blocks.gather(in, b, x);
            fir.convolve(x, u, blocks.steps(), blocks.width(b));
            if (off != null) {
                double[] o = blocks.scratch(b);
                blocks.gather(off, b, o);
                for (int i = 0; i < o.length; i++) {
                    u[i] += o[i];
                }
            }
            double[] d = density != null ? blocks.scratch(b) : null;
            RefractoryLoop.fire(u, x, d, blocks.steps(), blocks.width(b), p.theta(), nu, rho);
            blocks.scatter(x, b, spikes);
            if (membrane != null) {
                blocks.scatter(u, b, membrane);
            }
            if (density != null) {
                density.put(b, d);
            }
        });
        INDArray out = spikeOut ? spikes.array() : membrane.array();
        VjpRule rule = (g, needs) -> backward(blocks, ArrayRows.of("FusedSrm", g), density, fir, type, av.shape(),
                offset != null && needs[1]);
        Tensor result = offset == null ? Graph.record("fusedSrm", out, rule, a)
                : Graph.record("fusedSrm", out, rule, a, offset);
        return new SrmRun(result, spikes.array());
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

    /** {@code [∂L/∂a]}, or {@code [∂L/∂a, ∂L/∂offset]}; density null for the membrane readout. */
    private static INDArray[] backward(SequenceBlocks blocks, ArrayRows g, BlockStore density, BlockFilter fir,
                                       DataType type, long[] shape, boolean offsetGrad) {
        ArrayRows out = ArrayRows.allocate(type, shape);
        ArrayRows offset = offsetGrad ? ArrayRows.allocate(type, shape) : null;
        blocks.forEach(b -> {
            double[] gu = blocks.scratch(b);
            double[] ga = blocks.scratch(b);
            blocks.gather(g, b, gu);
            if (density != null) {
                density.multiplyInto(b, gu);
            }
            if (offset != null) {
                blocks.scatter(gu, b, offset);
            }
            fir.correlate(gu, ga, blocks.steps(), blocks.width(b));
            blocks.scatter(ga, b, out);
        });
        return offset == null ? new INDArray[] {out.array()} : new INDArray[] {out.array(), offset.array()};
    }
}
