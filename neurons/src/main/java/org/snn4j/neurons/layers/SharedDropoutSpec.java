package org.snn4j.neurons.layers;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;

/**
 * Configuration of {@link SharedDropout}. JSON type {@code "shared-dropout"}.
 *
 * @param p probability of dropping a unit for the whole sequence, in [0, 1)
 */
public record SharedDropoutSpec(double p) implements LayerSpec {

    public SharedDropoutSpec {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("SharedDropoutSpec.p must be in [0, 1), got " + p);
        }
    }

    /** The mask stream starts from a seed drawn from {@code rng}. */
    @Override
    public SharedDropout build(RandomGenerator rng) {
        return new SharedDropout(this, rng.nextLong());
    }
}
