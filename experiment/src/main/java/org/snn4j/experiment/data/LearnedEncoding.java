package org.snn4j.experiment.data;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.neurons.encoding.Encoder;

/**
 * The {@code learned} input coding of a config: images reach the model unencoded ({@code [B, C, H, W]})
 * and the model's first layer, a {@code learnable-encoder} (conv → batch norm → spiking neuron,
 * repeated over T; the resolver adds it when missing), turns them into spikes. Nothing is encoded
 * per batch, so {@link #encode} is never called.
 */
public record LearnedEncoding() implements Encoder {
    @Override
    public INDArray encode(INDArray input, int steps, RandomGenerator rng) {
        throw new UnsupportedOperationException("the learned encoding is the model's learnable-encoder layer");
    }
}
