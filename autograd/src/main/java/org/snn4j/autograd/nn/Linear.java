package org.snn4j.autograd.nn;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.init.Init;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.Shapes;

/**
 * Fully connected layer {@code y = x·Wᵀ + b}.
 *
 * <p>Parameters: {@code weight} {@code [out, in]} and, if configured, {@code bias} {@code [out]}
 * (PyTorch's layout, so weights exchange with PyTorch state dicts unchanged). Input
 * {@code [..., in]}; every leading dimension is kept, e.g. a time-major {@code [T, B, in]}
 * sequence runs as one {@code [T·B, in]} GEMM and comes back as {@code [T, B, out]}.
 * Initialised like PyTorch: {@code W, b ~ U(−1/√in, 1/√in)} ({@link Init#pytorchDefault}).
 */
public class Linear extends Module {
    private final LinearSpec spec;

    /** A float32 layer initialised from {@code rng}. */
    public Linear(LinearSpec spec, RandomGenerator rng) {
        this.spec = spec;
        registerParameter("weight", Nd4j.zeros(DataType.FLOAT, spec.out(), spec.in()));
        if (spec.bias()) {
            registerParameter("bias", Nd4j.zeros(DataType.FLOAT, spec.out()));
        }
        Init.pytorchDefault(weight().value(), spec.bias() ? bias().value() : null, rng);
    }

    /** The weight {@code [out, in]}. */
    public Parameter weight() {
        return param("weight");
    }

    /** The bias {@code [out]}, or {@code null} when the layer has none. */
    public Parameter bias() {
        return hasParam("bias") ? param("bias") : null;
    }

    @Override
    public Tensor forward(Tensor x) {
        long[] s = x.shape();
        if (s.length == 0 || s[s.length - 1] != spec.in()) {
            throw new IllegalArgumentException("Linear(" + spec.in() + "->" + spec.out() + ") expects input [..., "
                    + spec.in() + "], got " + Arrays.toString(s));
        }
        long rows = x.value().length() / spec.in();
        Tensor x2 = s.length == 2 ? x : Shapes.reshape(x, rows, spec.in());
        Tensor y = LinearAlgebra.affine(x2, weight(), bias());
        if (s.length == 2) {
            return y;
        }
        long[] outShape = s.clone();
        outShape[s.length - 1] = spec.out();
        return Shapes.reshape(y, outShape);
    }

    @Override
    public LinearSpec spec() {
        return spec;
    }
}
