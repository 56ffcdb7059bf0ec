package org.snn4j.autograd.nn;

import java.util.random.RandomGenerator;

/**
 * Configuration of {@link Conv2d} (square kernels, equal stride/padding/dilation in both axes).
 * JSON type {@code "conv2d"}.
 *
 * @param inChannels  input channels, ≥ 1
 * @param outChannels output channels, ≥ 1
 * @param kernelSize  kernel height = width, ≥ 1
 * @param stride      step between output positions, ≥ 1
 * @param padding     zero padding on every side, ≥ 0
 * @param dilation    spacing between kernel taps, ≥ 1
 * @param bias        whether the layer has a per-output-channel bias
 */
public record Conv2dSpec(int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation,
                         boolean bias) implements LayerSpec {

    public Conv2dSpec {
        atLeast("inChannels", inChannels, 1);
        atLeast("outChannels", outChannels, 1);
        atLeast("kernelSize", kernelSize, 1);
        atLeast("stride", stride, 1);
        atLeast("padding", padding, 0);
        atLeast("dilation", dilation, 1);
    }

    /** Stride 1, no padding, dilation 1, with bias. */
    public Conv2dSpec(int inChannels, int outChannels, int kernelSize) {
        this(inChannels, outChannels, kernelSize, 1, 0, 1, true);
    }

    /** Output size along one axis: {@code ⌊(n + 2p − d(k − 1) − 1)/s⌋ + 1}. */
    public long outputSize(long n) {
        return (n + 2L * padding - (long) dilation * (kernelSize - 1) - 1) / stride + 1;
    }

    @Override
    public long allocatedElements() {
        double n = (double) outChannels * inChannels * kernelSize * kernelSize + (bias ? outChannels : 0);
        return n >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) n;
    }

    @Override
    public Conv2d build(RandomGenerator rng) {
        return new Conv2d(this, rng);
    }

    private static void atLeast(String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("Conv2dSpec." + field + " must be >= " + min + ", got " + value);
        }
    }
}
