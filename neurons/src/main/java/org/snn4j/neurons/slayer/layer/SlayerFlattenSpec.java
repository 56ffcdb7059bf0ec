package org.snn4j.neurons.slayer.layer;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;

/** Configuration of {@link SlayerFlatten} (no fields). JSON type {@code "slayer-flatten"}. */
public record SlayerFlattenSpec() implements LayerSpec {

    @Override
    public SlayerFlatten build(RandomGenerator rng) {
        return new SlayerFlatten(this);
    }
}
