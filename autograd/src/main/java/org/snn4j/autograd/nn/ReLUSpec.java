package org.snn4j.autograd.nn;

import java.util.random.RandomGenerator;

/** Configuration of {@link ReLU} (no fields). JSON type {@code "relu"}. */
public record ReLUSpec() implements LayerSpec {

    @Override
    public ReLU build(RandomGenerator rng) {
        return new ReLU();
    }
}
