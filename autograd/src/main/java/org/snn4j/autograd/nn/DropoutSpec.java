package org.snn4j.autograd.nn;

import java.util.random.RandomGenerator;

/**
 * Configuration of {@link Dropout}. JSON type {@code "dropout"}.
 *
 * @param p probability of zeroing an element, in [0, 1)
 */
public record DropoutSpec(double p) implements LayerSpec {

    public DropoutSpec {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("DropoutSpec.p must be in [0, 1), got " + p);
        }
    }

    /** The layer's mask stream starts from a seed drawn from {@code rng}. */
    @Override
    public Dropout build(RandomGenerator rng) {
        return new Dropout(this, rng.nextLong());
    }
}
