package org.snn4j.autograd.nn;

import java.util.random.RandomGenerator;

/**
 * Configuration of {@link AvgPool2d} (square windows). JSON type {@code "avgpool2d"}.
 *
 * @param kernelSize window height = width, ≥ 1
 * @param stride     step between windows, ≥ 1 (usually {@code kernelSize})
 * @param padding    zero padding on every side, in [0, kernelSize/2]; padded zeros count in the
 *                   average (PyTorch's {@code count_include_pad=True})
 */
public record AvgPool2dSpec(int kernelSize, int stride, int padding) implements LayerSpec {

    public AvgPool2dSpec {
        MaxPool2dSpec.validate("AvgPool2dSpec", kernelSize, stride, padding);
    }

    /** Non-overlapping windows: stride = kernel, no padding. */
    public AvgPool2dSpec(int kernelSize) {
        this(kernelSize, kernelSize, 0);
    }

    @Override
    public AvgPool2d build(RandomGenerator rng) {
        return new AvgPool2d(this);
    }
}
