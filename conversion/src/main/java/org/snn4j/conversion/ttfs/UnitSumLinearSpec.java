package org.snn4j.conversion.ttfs;

import java.util.random.RandomGenerator;

/**
 * Configuration of {@link UnitSumLinear}. JSON type {@code "unit-sum-linear"}.
 *
 * @param in  input features, ≥ 1
 * @param out output features, ≥ 1
 */
public record UnitSumLinearSpec(int in, int out) implements org.snn4j.autograd.nn.LayerSpec {

    public UnitSumLinearSpec {
        if (in < 1) {
            throw new IllegalArgumentException("UnitSumLinearSpec.in must be >= 1, got " + in);
        }
        if (out < 1) {
            throw new IllegalArgumentException("UnitSumLinearSpec.out must be >= 1, got " + out);
        }
    }

    @Override
    public UnitSumLinear build(RandomGenerator rng) {
        return new UnitSumLinear(this, rng);
    }
}
