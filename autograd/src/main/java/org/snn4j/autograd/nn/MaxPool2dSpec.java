package org.snn4j.autograd.nn;

import java.util.random.RandomGenerator;

/**
 * Configuration of {@link MaxPool2d} (square windows). JSON type {@code "maxpool2d"}.
 *
 * @param kernelSize window height = width, ≥ 1
 * @param stride     step between windows, ≥ 1 (usually {@code kernelSize})
 * @param padding    implicit −∞ padding on every side, in [0, kernelSize/2]
 */
public record MaxPool2dSpec(int kernelSize, int stride, int padding) implements LayerSpec {

    public MaxPool2dSpec {
        validate("MaxPool2dSpec", kernelSize, stride, padding);
    }

    /** Non-overlapping windows: stride = kernel, no padding. */
    public MaxPool2dSpec(int kernelSize) {
        this(kernelSize, kernelSize, 0);
    }

    @Override
    public MaxPool2d build(RandomGenerator rng) {
        return new MaxPool2d(this);
    }

    static void validate(String record, int kernelSize, int stride, int padding) {
        if (kernelSize < 1) {
            throw new IllegalArgumentException(record + ".kernelSize must be >= 1, got " + kernelSize);
        }
        if (stride < 1) {
            throw new IllegalArgumentException(record + ".stride must be >= 1, got " + stride);
        }
        if (padding < 0 || padding > kernelSize / 2) {
            throw new IllegalArgumentException(record + ".padding must be in [0, " + kernelSize / 2 + "], got " + padding);
        }
    }
}
