package org.snn4j.neurons.slayer.layer;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.neurons.layers.NeuronLayer;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.slayer.SrmParameters;

/**
 * Reads the old JSON type {@code "slayer-srm"} ({@code {"type": "slayer-srm", "neuron": {...}}})
 * of saved SLAYER models: the SRM neuron alone is now the common neuron layer of the registered
 * model {@code "srm"}, {@code NeuronLayerSpec(neuron)} (fused path, spike output). A plain alias
 * cannot express it, since the neuron layer's JSON is flat and names its layer settings. The built
 * module's spec is that {@link NeuronLayerSpec}, so a model saved again is written as
 * {@code {"type": "srm", ...}}. New code uses {@code new NeuronLayerSpec(srmParameters)}.
 *
 * @param neuron the SRM parameters
 */
public record SlayerSrmSpec(SrmParameters neuron) implements LayerSpec {

    public SlayerSrmSpec {
        LayerChecks.neuron("SlayerSrmSpec", neuron);
    }

    /** The common spec this old name stands for. */
    public NeuronLayerSpec canonical() {
        return new NeuronLayerSpec(neuron);
    }

    @Override
    public NeuronLayer build(RandomGenerator rng) {
        return canonical().build(rng);
    }
}
