package org.snn4j.neurons.slayer.layer;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.Flatten;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LayerSpec;

/**
 * Reads the old JSON type {@code "slayer-flatten"} (no fields) of saved SLAYER models: it builds
 * the common {@link Flatten} with {@code startDim = 2}, {@code [T, B, n1, n2, …] → [T, B, n1·n2·…]}.
 * A plain alias cannot express it, since {@code "flatten"} requires its {@code startDim} field.
 * The built module's spec is {@code FlattenSpec(2)}, so a model saved again is written as
 * {@code {"type": "flatten", "startDim": 2}}. New code uses {@code new FlattenSpec(2)}.
 */
public record SlayerFlattenSpec() implements LayerSpec {

    /** The common spec this old name stands for. */
    public FlattenSpec canonical() {
        return new FlattenSpec(2);
    }

    @Override
    public Flatten build(RandomGenerator rng) {
        return canonical().build(rng);
    }
}
