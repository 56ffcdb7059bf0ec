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
        BlockStore density = grad ? new BlockStore(type, blocks.count()) : null;
        ArrayRows spikes = ArrayRows.allocate(type, shape);
        fire(blocks, ArrayRows.of("SpikeFunction", uv), p, spikes, null, density);
        return Graph.record("slayerSpike", spikes.array(), (g, needs) -> {
            ArrayRows gs = ArrayRows.of("SpikeFunction", g);
            ArrayRows gu = ArrayRows.allocate(type, shape);
            blocks.forEach(b -> {
                double[] x = blocks.scratch(b);
                blocks.gather(gs, b, x);
                density.multiplyInto(b, x);
                blocks.scatter(x, b, gu);
            });
            return new INDArray[] {gu.array()};
        }, u);
    }

    /** Runs the loop without recording: spikes and the membrane with refractory responses. */
    public static SrmResponse simulate(INDArray u, SrmParameters p) {
        DataType type = Flat.floatType("SpikeFunction", u);
        SequenceBlocks blocks = SequenceBlocks.of("SpikeFunction", u.shape());
        ArrayRows spikes = ArrayRows.allocate(type, u.shape());
        ArrayRows membrane = ArrayRows.allocate(type, u.shape());
        fire(blocks, ArrayRows.of("SpikeFunction", u), p, spikes, membrane, null);
        return new SrmResponse(spikes.array(), membrane.array());
    }

    /** Fires every block; optionally writes the refractory membrane and keeps Ts·ρ. */
    private static void fire(SequenceBlocks blocks, ArrayRows u, SrmParameters p, ArrayRows spikes,
                             ArrayRows membrane, BlockStore density) {
        double[] nu = SrmKernels.of(p).nu();
        blocks.forEach(b -> {
            double[] ub = blocks.scratch(b);
            double[] sb = blocks.scratch(b);
            double[] db = density != null ? blocks.scratch(b) : null;
            blocks.gather(u, b, ub);
            RefractoryLoop.fire(ub, sb, db, blocks.steps(), blocks.width(b), p, nu);
            blocks.scatter(sb, b, spikes);
            if (membrane != null) {
                blocks.scatter(ub, b, membrane);
            }
            if (density != null) {
                density.put(b, db);
            }
        });
    }
}
