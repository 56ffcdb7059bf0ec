package org.snn4j.neurons.encoding;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.neurons.layers.NeuronLayerSpec;

/**
 * Configuration of {@link LearnableEncoder}. JSON type {@code "learnable-encoder"}.
 *
 * @param steps     time steps T produced from one image, ≥ 1
 * @param conv      the convolution from pixels to encoder channels
 * @param batchNorm whether a BatchNorm2d over the conv's output channels follows the convolution
 * @param neuron    the spiking neuron that turns the analog feature map into spikes
 */
public record LearnableEncoderSpec(int steps, Conv2dSpec conv, boolean batchNorm, NeuronLayerSpec neuron)
        implements LayerSpec {

    public LearnableEncoderSpec {
        if (steps < 1) {
            throw new IllegalArgumentException("LearnableEncoderSpec.steps must be >= 1, got " + steps);
        }
        if (conv == null) {
            throw new IllegalArgumentException("LearnableEncoderSpec.conv is required");
        }
        if (neuron == null) {
            throw new IllegalArgumentException("LearnableEncoderSpec.neuron is required");
        }
        if (neuron.channels() != 1 && neuron.channels() != conv.outChannels()) {
            throw new IllegalArgumentException("LearnableEncoderSpec.neuron.channels must be 1 or conv.outChannels = "
                    + conv.outChannels() + ", got " + neuron.channels());
        }
    }

    /** The convolution is initialised from {@code rng}. */
    @Override
    public LearnableEncoder build(RandomGenerator rng) {
        return new LearnableEncoder(this, rng);
    }
}
