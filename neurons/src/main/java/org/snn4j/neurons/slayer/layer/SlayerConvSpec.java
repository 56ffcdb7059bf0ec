package org.snn4j.neurons.slayer.layer;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.neurons.slayer.SrmParameters;

/**
 * Configuration of {@link SlayerConv} (square kernels). JSON type {@code "slayer-conv"}.
 *
 * @param inChannels  input channels, ≥ 1
 * @param outChannels output channels, ≥ 1
 * @param kernelSize  kernel height = width, ≥ 1
 * @param stride      ≥ 1
 * @param padding     zero padding on every side, ≥ 0
 * @param dilation    ≥ 1
 * @param weightScale multiplies the PyTorch-default initial weights, &gt; 0 (slayerPytorch's conv default: 100)
 * @param neuron      the SRM neuron of the layer
 */
public record SlayerConvSpec(int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation,
                             double weightScale, SrmParameters neuron) implements LayerSpec {
    /** slayerPytorch's default {@code weightScale} of {@code conv}. */
    public static final double DEFAULT_WEIGHT_SCALE = 100.0;

    public SlayerConvSpec {
        LayerChecks.atLeast("SlayerConvSpec", "inChannels", inChannels, 1);
        LayerChecks.atLeast("SlayerConvSpec", "outChannels", outChannels, 1);
        LayerChecks.atLeast("SlayerConvSpec", "kernelSize", kernelSize, 1);
        LayerChecks.atLeast("SlayerConvSpec", "stride", stride, 1);
        LayerChecks.atLeast("SlayerConvSpec", "padding", padding, 0);
        LayerChecks.atLeast("SlayerConvSpec", "dilation", dilation, 1);
        LayerChecks.weightScale("SlayerConvSpec", weightScale);
        LayerChecks.neuron("SlayerConvSpec", neuron);
    }

    /** Stride 1, dilation 1, {@link #DEFAULT_WEIGHT_SCALE}. */
    public SlayerConvSpec(int inChannels, int outChannels, int kernelSize, int padding, SrmParameters neuron) {
        this(inChannels, outChannels, kernelSize, 1, padding, 1, DEFAULT_WEIGHT_SCALE, neuron);
    }

    /** Output size along one axis: {@code ⌊(n + 2p − d(k − 1) − 1)/s⌋ + 1}. */
    public long outputSize(long n) {
        return (n + 2L * padding - (long) dilation * (kernelSize - 1) - 1) / stride + 1;
    }

    @Override
    public SlayerConv build(RandomGenerator rng) {
        return new SlayerConv(this, rng);
    }
}
