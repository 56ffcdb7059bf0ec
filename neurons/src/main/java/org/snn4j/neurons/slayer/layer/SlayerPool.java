package org.snn4j.neurons.slayer.layer;

import java.util.Arrays;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.Pooling;
import org.snn4j.autograd.ops.Shapes;

/**
 * SLAYER's pooling layer: sum pooling with the fixed weight {@code weightScale·θ}, then the SRM
 * neuron (slayerPytorch {@code pool} + {@code psp} + {@code spike}).
 *
 * <pre>
 * a[t, b, c, i, j] = weightScale·θ · Σ_{p, q &lt; k} x̃[t, b, c, i·s + p, j·s + q]
 * s = SRM(a)
 * </pre>
 * {@code x̃} is {@code x} padded at the bottom/right with {@code H mod k} ({@code W mod k}) rows
 * (columns) of zeros, as slayerPytorch does for sizes that the kernel does not divide. The
 * weight is fixed (no parameters). Implemented as average pooling times {@code k²·weightScale·θ}.
 * Input {@code [T, B, C, H, W]}, output {@code [T, B, C, H', W']}.
 */
public class SlayerPool extends SrmLayer {
    private final SlayerPoolSpec spec;

    public SlayerPool(SlayerPoolSpec spec) {
        super(spec.neuron());
        this.spec = spec;
    }

    /** The pooled drive {@code [T, B, C, H', W']}. */
    @Override
    public Tensor drive(Tensor x) {
        long[] s = x.shape();
        if (s.length != 5) {
            throw new IllegalArgumentException("SlayerPool expects input [T, B, C, H, W], got " + Arrays.toString(s));
        }
        int k = spec.kernelSize();
        Tensor frames = Shapes.reshape(x, s[0] * s[1], s[2], s[3], s[4]);
        long padH = s[3] % k;
        long padW = s[4] % k;
        if (padH > 0 || padW > 0) {
            frames = Shapes.pad(frames, new long[][] {{0, 0}, {0, 0}, {0, padH}, {0, padW}}, 0.0);
        }
        Tensor pooled = Pooling.avgPool2d(frames, k, spec.stride(), 0);
        Tensor a = Arithmetic.mul(pooled, (double) k * k * spec.weightScale() * spec.neuron().theta());
        long[] ps = a.shape();
        return Shapes.reshape(a, s[0], s[1], ps[1], ps[2], ps[3]);
    }

    @Override
    public SlayerPoolSpec spec() {
        return spec;
    }
}
