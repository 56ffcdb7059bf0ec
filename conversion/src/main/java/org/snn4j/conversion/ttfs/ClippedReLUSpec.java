package org.snn4j.conversion.ttfs;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;

/** Configuration of {@link ClippedReLU} (no fields). JSON type {@code "relu1"}. */
public record ClippedReLUSpec() implements LayerSpec {

    @Override
    public ClippedReLU build(RandomGenerator rng) {
        return new ClippedReLU(this);
    }
}
