package org.snn4j.conversion.ttfs;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.nn.init.Init;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.Reductions;
import org.snn4j.autograd.ops.Shapes;

/**
 * A bias-free fully connected layer whose every neuron's incoming weights sum to one, LC-TTFS's
 * weight constraint {@code Σ_j w_ij = 1} (Yang et al. 2023; it turns eq. 10 into eq. 15), by
 * reparameterisation: the trained parameter {@code v [out, in]} gives
 *
 * <pre>
 * W = v − mean_j(v) + 1/in          (each row of W sums to exactly 1)
 * y = x·Wᵀ
 * </pre>
 * Gradients flow through the row mean, so training never leaves the constraint. {@code v} starts
 * like a PyTorch Linear weight, {@code U(−1/√in, 1/√in)}.
 */
public class UnitSumLinear extends Module {
    private final UnitSumLinearSpec spec;

    public UnitSumLinear(UnitSumLinearSpec spec, RandomGenerator rng) {
        this.spec = spec;
        registerParameter("v", Nd4j.zeros(DataType.FLOAT, spec.out(), spec.in()));
        Init.pytorchDefault(param("v").value(), null, rng);
    }

    /** The free parameter {@code v [out, in]}. */
    public Parameter v() {
        return param("v");
    }

    /** The constrained weight {@code W} as a tensor on the tape. */
    public Tensor weight() {
        Tensor v = v();
        Tensor mean = Reductions.mean(v, true, 1);
        return v.sub(mean).add(1.0 / spec.in());
    }

    /** The constrained weight {@code W [out, in]} (a copy, no graph). */
    public INDArray effectiveWeight() {
        INDArray v = v().value();
        return v.subColumnVector(v.mean(true, 1)).addi(1.0 / spec.in());
    }

    @Override
    public Tensor forward(Tensor x) {
        long[] s = x.shape();
        if (s.length != 2 || s[1] != spec.in()) {
            throw new IllegalArgumentException("UnitSumLinear(" + spec.in() + "->" + spec.out() + ") expects [B, "
                    + spec.in() + "], got " + Arrays.toString(s));
        }
        return LinearAlgebra.matmul(x, Shapes.permute(weight(), 1, 0));
    }

    @Override
    public UnitSumLinearSpec spec() {
        return spec;
    }
}
