package org.snn4j.neurons.slayer;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;

/**
 * Configuration of {@link SrmNeuron}: SLAYER's PSP filter and spike function without a synapse.
 * JSON type {@code "slayer-srm"}.
 *
 * @param neuron the SRM parameters
 */
public record SrmNeuronSpec(SrmParameters neuron) implements LayerSpec {

    public SrmNeuronSpec {
        if (neuron == null) {
            throw new IllegalArgumentException("SrmNeuronSpec.neuron is required");
        }
    }

    @Override
    public SrmNeuron build(RandomGenerator rng) {
        return new SrmNeuron(this);
    }
}
