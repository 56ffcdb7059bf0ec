package org.snn4j.neurons.layers;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.LifStbpParameters;

/**
 * Configuration of {@link RecurrentLif}. JSON type {@code "recurrent-lif"}, e.g.
 * {@code {"type":"recurrent-lif","size":128,"neuron":{"type":"lif-stbp",...}}}.
 *
 * @param size   neurons N (input {@code [T, B, N]}), ≥ 1
 * @param neuron the neuron of the layer (LIF by default; any neuron spec with spike readout and
 *               1 or N channels)
 */
public record RecurrentLifSpec(int size, NeuronLayerSpec neuron) implements LayerSpec {

    public RecurrentLifSpec {
        if (size < 1) {
            throw new IllegalArgumentException("RecurrentLifSpec.size must be >= 1, got " + size);
        }
        if (neuron == null) {
            throw new IllegalArgumentException("RecurrentLifSpec.neuron is required (e.g. NeuronLayerSpec.of(\"lif-stbp\"))");
        }
        if (neuron.readout() != Readout.SPIKES) {
            throw new IllegalArgumentException("RecurrentLifSpec.neuron.readout must be SPIKES (the recurrence feeds "
                    + "spikes back), got " + neuron.readout());
        }
        if (neuron.channels() != 1 && neuron.channels() != size) {
            throw new IllegalArgumentException("RecurrentLifSpec.neuron.channels must be 1 or size = " + size
                    + ", got " + neuron.channels());
        }
    }

    /** N LIF neurons in snnTorch's (and STBP's) iterative form, {@link LifStbpParameters#defaults()}. */
    public RecurrentLifSpec(int size) {
        this(size, new NeuronLayerSpec(LifStbpParameters.defaults()));
    }

    /** The recurrent weight is initialised from {@code rng}. */
    @Override
    public RecurrentLif build(RandomGenerator rng) {
        return new RecurrentLif(this, rng);
    }
}
