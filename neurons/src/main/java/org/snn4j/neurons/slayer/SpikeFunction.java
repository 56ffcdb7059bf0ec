package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * SLAYER's spike function with the probabilistic gradient, as one recorded operation.
 *
 * <pre>
 * forward:  sequential over t:  s[t] = H(u[t] + (ν ∗ s)[t] − θ)        (H(0) = 1)
 * backward: ∂L/∂u[t] = Ts·ρ(ũ[t])·∂L/∂s[t],   ũ = u + ν ∗ s,
 *           ρ(ũ) = pdf.factor·scaleRho/(tauRho·θ)·exp(−|ũ − θ|/(tauRho·θ))
 * </pre>
 * No gradient flows through the refractory feedback {@code ν ∗ s} (as in slayerPytorch's
 * {@code spikeFunction}). Input {@code u} is the membrane without refractoriness, e.g.
 * {@link TemporalFilter}'s output; shape {@code [T, B, ...]}. See {@link RefractoryLoop} for the
 * loop and {@link SrmParameters} for the Ts factor.
 */
public final class SpikeFunction {
    private SpikeFunction() {
    }

    /** Spikes {@code [T, B, ...]} (0/1, the type of {@code u}) with the SLAYER gradient. */
    public static Tensor apply(Tensor u, SrmParameters p) {
        INDArray uv = u.value();
        DataType type = Flat.floatType("SpikeFunction", uv);
        long[] shape = uv.shape();
        SequenceBlocks blocks = SequenceBlocks.of("SpikeFunction", shape);
        boolean grad = Graph.anyRequiresGrad(u);
        double[][] out = fire(blocks, Flat.read(uv), p, grad);
        double[] d = out[2];
        return Graph.record("slayerSpike", Flat.write(out[0], shape, type), (g, needs) -> {
            double[] gs = Flat.read(g);
            for (int i = 0; i < gs.length; i++) {
                gs[i] *= d[i];
            }
            return new INDArray[] {Flat.write(gs, shape, type)};
        }, u);
    }

    /** Runs the loop without recording: spikes and the membrane with refractory responses. */
    public static SrmResponse simulate(INDArray u, SrmParameters p) {
        DataType type = Flat.floatType("SpikeFunction", u);
        SequenceBlocks blocks = SequenceBlocks.of("SpikeFunction", u.shape());
        double[][] out = fire(blocks, Flat.read(u), p, false);
        return new SrmResponse(Flat.write(out[0], u.shape(), type), Flat.write(out[1], u.shape(), type));
    }

    /** {spikes, membrane with refractoriness, Ts·ρ or null}, each flat {@code [T, C]}. */
    private static double[][] fire(SequenceBlocks blocks, double[] u, SrmParameters p, boolean grad) {
        double[] nu = SrmKernels.of(p).nu();
        double[] s = new double[u.length];
        double[] d = grad ? new double[u.length] : null;
        blocks.forEach(b -> {
            double[] ub = blocks.scratch(b);
            double[] sb = blocks.scratch(b);
            double[] db = grad ? blocks.scratch(b) : null;
            blocks.gather(u, b, ub);
            RefractoryLoop.fire(ub, sb, db, blocks.steps(), blocks.width(b), p, nu);
            blocks.scatter(sb, b, s);
            blocks.scatter(ub, b, u);
            if (grad) {
                blocks.scatter(db, b, d);
            }
        });
        return new double[][] {s, u, d};
    }
}
