package org.snn4j.neurons.slayer.layer;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.Shapes;
import org.snn4j.neurons.slayer.SrmNeuron;

/**
 * SLAYER's fully connected SRM layer (slayerPytorch {@code dense} + {@code psp} + {@code spike}).
 *
 * <pre>
 * a[t, b, :] = W·x[t, b, :]          for all t at once: one [T·B, in] × [in, out] product
 * s = SRM(a)                         (ε filter, then the spike/refractory loop; see {@link SrmNeuron})
 * </pre>
 * Parameter {@code weight} {@code [out, in]}, no bias (as SLAYER), initialised
 * {@code U(−1/√in, 1/√in)·weightScale}. Input {@code [T, B, ...]} whose trailing dimensions
 * multiply to {@code in}; output {@code [T, B, out]}. The synapse is the engine's
 * {@link LinearAlgebra#matmulTransposed}, which skips the zeros of sparse (spike) inputs
 * ({@link org.snn4j.autograd.ops.sparse.EventSynapse}).
 */
public class SlayerDense extends SrmLayer {
    private final SlayerDenseSpec spec;

    public SlayerDense(SlayerDenseSpec spec, RandomGenerator rng) {
        super(spec.neuron());
        this.spec = spec;
        scaledWeight(new long[] {spec.out(), spec.in()}, spec.weightScale(), rng);
    }

    /** The weight {@code [out, in]}. */
    public Parameter weight() {
        return param("weight");
    }

    /** The synaptic drive {@code W·x} {@code [T, B, out]}. */
    @Override
    public Tensor drive(Tensor x) {
        long[] s = x.shape();
        if (s.length < 3 || x.value().length() / (s[0] * s[1]) != spec.in()) {
            throw new IllegalArgumentException("SlayerDense(" + spec.in() + "->" + spec.out()
                    + ") expects input [T, B, ...] with " + spec.in() + " neurons per sample, got " + Arrays.toString(s));
        }
        return Shapes.reshape(LinearAlgebra.matmulTransposed(Shapes.reshape(x, s[0] * s[1], spec.in()), weight()),
                s[0], s[1], spec.out());
    }

    @Override
    public SlayerDenseSpec spec() {
        return spec;
    }
}
