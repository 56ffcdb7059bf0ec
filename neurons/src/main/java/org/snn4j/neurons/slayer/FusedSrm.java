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
 * {@link ReferenceSrm#apply} (tested), but only {@code Ts·ρ(ũ)} is kept for backward and no
 * intermediate tensor is materialised: each block of neurons is filtered, fired and (backward)
 * correlated in one pass over its own scratch arrays, in parallel.
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
        long[] shape = av.shape();
        SequenceBlocks blocks = SequenceBlocks.of("FusedSrm", shape);
        TemporalKernel fir = method.kernel(kernels.epsilon(), blocks.steps());
        double[] nu = kernels.nu();
        boolean grad = Graph.anyRequiresGrad(a);
        double[] in = Flat.read(av);
        double[] spikes = new double[in.length];
        double[][] density = new double[blocks.count()][];
        blocks.forEach(b -> {
            double[] x = blocks.scratch(b);
            double[] u = blocks.scratch(b);
            blocks.gather(in, b, x);
            fir.convolve(x, u, blocks.steps(), blocks.width(b));
            density[b] = grad ? blocks.scratch(b) : null;
            RefractoryLoop.fire(u, x, density[b], blocks.steps(), blocks.width(b), p, nu);
            blocks.scatter(x, b, spikes);
        });
        return Graph.record("fusedSrm", Flat.write(spikes, shape, type), (g, needs) -> new INDArray[] {
            Flat.write(backward(blocks, Flat.read(g), density, fir), shape, type)}, a);
    }

    private static double[] backward(SequenceBlocks blocks, double[] g, double[][] density, TemporalKernel fir) {
        double[] out = new double[g.length];
        blocks.forEach(b -> {
            double[] gu = blocks.scratch(b);
            double[] ga = blocks.scratch(b);
            blocks.gather(g, b, gu);
            double[] d = density[b];
            for (int i = 0; i < gu.length; i++) {
                gu[i] *= d[i];
            }
            fir.correlate(gu, ga, blocks.steps(), blocks.width(b));
            blocks.scatter(ga, b, out);
        });
        return out;
    }
}
