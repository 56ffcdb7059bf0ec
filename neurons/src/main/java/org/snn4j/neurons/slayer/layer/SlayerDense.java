package org.snn4j.neurons.slayer.layer;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.nn.init.Init;
import org.snn4j.autograd.ops.Shapes;
import org.snn4j.neurons.slayer.SpikeSynapse;
import org.snn4j.neurons.slayer.SrmNeuron;
import org.snn4j.neurons.slayer.SrmNeuronSpec;

/**
 * SLAYER's fully connected SRM layer (slayerPytorch {@code dense} + {@code psp} + {@code spike}).
 *
 * <pre>
 * a[t, b, :] = W·x[t, b, :]          for all t at once: one [T·B, in] × [in, out] product
 * s = SRM(a)                         (ε filter, then the spike/refractory loop; see {@link SrmNeuron})
 * </pre>
 * Parameter {@code weight} {@code [out, in]}, no bias (as SLAYER), initialised
 * {@code U(−1/√in, 1/√in)·weightScale}. Input {@code [T, B, ...]} whose trailing dimensions
 * multiply to {@code in}; output {@code [T, B, out]}. The synapse uses {@link SpikeSynapse}, which
 * skips the zeros of spike inputs.
 */
public class SlayerDense extends Module {
    private final SlayerDenseSpec spec;
    private final SrmNeuron neuron;

    public SlayerDense(SlayerDenseSpec spec, RandomGenerator rng) {
        this.spec = spec;
        Parameter w = registerParameter("weight", Nd4j.zeros(DataType.FLOAT, spec.out(), spec.in()));
        Init.pytorchDefault(w.value(), null, rng);
        w.value().muli(spec.weightScale());
        neuron = registerModule("neuron", new SrmNeuron(new SrmNeuronSpec(spec.neuron())));
    }

    /** The weight {@code [out, in]}. */
    public Parameter weight() {
        return param("weight");
    }

    /** The layer's neuron (to choose its execution path or filter method). */
    public SrmNeuron neuron() {
        return neuron;
    }

    @Override
    public Tensor forward(Tensor x) {
        long[] s = x.shape();
        if (s.length < 3 || x.value().length() / (s[0] * s[1]) != spec.in()) {
            throw new IllegalArgumentException("SlayerDense(" + spec.in() + "->" + spec.out()
                    + ") expects input [T, B, ...] with " + spec.in() + " neurons per sample, got " + Arrays.toString(s));
        }
        return neuron.forward(drive(x));
    }

    /** The synaptic drive {@code W·x} {@code [T, B, out]} without the neuron (for inspection). */
    public Tensor drive(Tensor x) {
        long[] s = x.shape();
        return Shapes.reshape(SpikeSynapse.linear(Shapes.reshape(x, s[0] * s[1], spec.in()), weight()),
                s[0], s[1], spec.out());
    }

    @Override
    public SlayerDenseSpec spec() {
        return spec;
    }
}
