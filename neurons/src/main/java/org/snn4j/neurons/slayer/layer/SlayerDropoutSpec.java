package org.snn4j.neurons.slayer.layer;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;

/**
 * Configuration of {@link SlayerDropout}. JSON type {@code "slayer-dropout"}.
 *
 * @param p probability of silencing a neuron for the whole sequence, in [0, 1)
 */
public record SlayerDropoutSpec(double p) implements LayerSpec {

    public SlayerDropoutSpec {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("SlayerDropoutSpec.p must be in [0, 1), got " + p);
        }
    }

    /** The mask stream starts from a seed drawn from {@code rng}. */
    @Override
    public SlayerDropout build(RandomGenerator rng) {
        return new SlayerDropout(this, rng.nextLong());
    }
}
