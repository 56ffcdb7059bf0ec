package org.snn4j.autograd.nn;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.init.Init;
import org.snn4j.autograd.ops.Convolution;

/**
 * 2-D convolution (cross-correlation) over {@code [..., C, H, W]} input:
 *
 * <pre>
 * y[n,o,i,j] = b[o] + Σ_c Σ_p Σ_q w[o,c,p,q] · x[n, c, i·s − pad + p·d, j·s − pad + q·d]
 * H' = ⌊(H + 2·pad − d·(k − 1) − 1)/s⌋ + 1   (W' likewise)
 * </pre>
 * Parameters {@code weight} {@code [out, in, k, k]} (PyTorch's OIHW) and optional {@code bias}
 * {@code [out]}, initialised like PyTorch ({@link Init#pytorchDefault}, fanIn = in·k²). Leading
 * dimensions before {@code C} are merged into one batch (a time-major {@code [T, B, C, H, W]}
 * sequence is one convolution over {@code T·B} images) and restored in the output. Sparse inputs
 * (spike maps) take the event-driven path of {@link Convolution#conv2d} automatically below its
 * crossover density ({@code -Dsnn4j.sparse=auto|on|off}, {@link org.snn4j.autograd.ops.sparse.SparsePolicy}).
 */
public class Conv2d extends Module {
    private final Conv2dSpec spec;

    public Conv2d(Conv2dSpec spec, RandomGenerator rng) {
        this.spec = spec;
        int k = spec.kernelSize();
        registerParameter("weight", Nd4j.zeros(DataType.FLOAT, spec.outChannels(), spec.inChannels(), k, k));
        if (spec.bias()) {
            registerParameter("bias", Nd4j.zeros(DataType.FLOAT, spec.outChannels()));
        }
        Init.pytorchDefault(weight().value(), spec.bias() ? bias().value() : null, rng);
    }

    /** The kernel {@code [out, in, k, k]}. */
    public Parameter weight() {
        return param("weight");
    }

    /** The bias {@code [out]}, or {@code null} when the layer has none. */
    public Parameter bias() {
        return hasParam("bias") ? param("bias") : null;
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor x4 = LeadingDims.toNchw(x, "Conv2d(" + spec.inChannels() + "->" + spec.outChannels() + ")", spec.inChannels());
        int s = spec.stride();
        int p = spec.padding();
        int d = spec.dilation();
        Tensor y = Convolution.conv2d(x4, weight(), bias(), new int[] {s, s}, new int[] {p, p}, new int[] {d, d});
        return LeadingDims.restore(y, x.shape());
    }

    @Override
    public Conv2dSpec spec() {
        return spec;
    }
}
