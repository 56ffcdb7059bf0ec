package org.snn4j.autograd.nn;

import java.util.random.RandomGenerator;

/**
 * Configuration of {@link Flatten}. JSON type {@code "flatten"}.
 *
 * @param startDim first dimension merged into the last one, ≥ 0 (PyTorch's default is 1:
 *                 {@code [B, C, H, W] → [B, C·H·W]}; use 2 for time-major {@code [T, B, C, H, W]})
 */
public record FlattenSpec(int startDim) implements LayerSpec {

    public FlattenSpec {
        if (startDim < 0) {
            throw new IllegalArgumentException("FlattenSpec.startDim must be >= 0, got " + startDim);
        }
    }

    /** {@code startDim = 1}. */
    public FlattenSpec() {
        this(1);
    }

    @Override
    public Flatten build(RandomGenerator rng) {
        return new Flatten(this);
    }
}
