package org.snn4j.neurons.slayer.layer;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.ops.Convolution;
import org.snn4j.autograd.ops.Shapes;

/**
 * SLAYER's convolutional SRM layer (slayerPytorch {@code conv} + {@code psp} + {@code spike}).
 *
 * <pre>
 * a[t, b] = W ⋆ x[t, b]      2-D cross-correlation, all T·B frames in one conv2d call
 * s = SRM(a)
 * </pre>
 * Parameter {@code weight} {@code [out, in, k, k]}, no bias, initialised like PyTorch
 * ({@code U(−1/√fanIn, 1/√fanIn)}) times {@code weightScale}. Input {@code [T, B, C, H, W]},
 * output {@code [T, B, C', H', W']}.
 */
public class SlayerConv extends SrmLayer {
    private final SlayerConvSpec spec;

    public SlayerConv(SlayerConvSpec spec, RandomGenerator rng) {
        super(spec.neuron());
        this.spec = spec;
        int k = spec.kernelSize();
        scaledWeight(new long[] {spec.outChannels(), spec.inChannels(), k, k}, spec.weightScale(), rng);
    }

    /** The weight {@code [out, in, k, k]}. */
    public Parameter weight() {
        return param("weight");
    }

    /** The synaptic drive {@code W ⋆ x} {@code [T, B, C', H', W']}. */
    @Override
    public Tensor drive(Tensor x) {
        long[] s = x.shape();
        if (s.length != 5 || s[2] != spec.inChannels()) {
            throw new IllegalArgumentException("SlayerConv expects input [T, B, " + spec.inChannels()
                    + ", H, W], got " + Arrays.toString(s));
        }
        int[] stride = {spec.stride(), spec.stride()};
        int[] pad = {spec.padding(), spec.padding()};
        int[] dil = {spec.dilation(), spec.dilation()};
        Tensor y = Convolution.conv2d(Shapes.reshape(x, s[0] * s[1], s[2], s[3], s[4]), weight(), null,
                stride, pad, dil);
        long[] ys = y.shape();
        return Shapes.reshape(y, s[0], s[1], ys[1], ys[2], ys[3]);
    }

    @Override
    public SlayerConvSpec spec() {
        return spec;
    }
}
