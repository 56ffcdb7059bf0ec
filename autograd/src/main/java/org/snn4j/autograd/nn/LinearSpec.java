package org.snn4j.autograd.nn;

import java.util.random.RandomGenerator;

/**
 * Configuration of {@link Linear}: {@code y = x·Wᵀ + b} with {@code W} of shape
 * {@code [out, in]}. JSON type {@code "linear"}.
 *
 * @param in   input features, ≥ 1
 * @param out  output features, ≥ 1
 * @param bias whether the layer has the bias {@code b} of shape {@code [out]}
 */
public record LinearSpec(int in, int out, boolean bias) implements LayerSpec {

    public LinearSpec {
        if (in < 1) {
            throw new IllegalArgumentException("LinearSpec.in must be >= 1, got " + in);
        }
        if (out < 1) {
            throw new IllegalArgumentException("LinearSpec.out must be >= 1, got " + out);
        }
    }

    /** A linear layer with bias. */
    public LinearSpec(int in, int out) {
        this(in, out, true);
    }

    @Override
    public long allocatedElements() {
        return (long) in * out + (bias ? out : 0);
    }

    @Override
    public Linear build(RandomGenerator rng) {
        return new Linear(this, rng);
    }
}
