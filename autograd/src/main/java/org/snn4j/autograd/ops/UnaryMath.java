package org.snn4j.autograd.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * Elementwise unary primitives and their vector-Jacobian rules.
 *
 * <pre>
 * pow:  z = aᵖ       ∂a = g ⊙ p·aᵖ⁻¹
 * exp:  z = eᵃ       ∂a = g ⊙ z
 * log:  z = ln a     ∂a = g / a
 * sqrt: z = √a       ∂a = g ⊙ 0.5 / z
 * abs:  z = |a|      ∂a = g ⊙ sign(a)      (sign(0) = 0, so the gradient at 0 is 0)
 * </pre>
 * Outside a function's domain (log or sqrt of a negative number, pow with a negative base and a
 * fractional exponent) the results are NaN, as in IEEE arithmetic; nothing is clipped.
 */
public final class UnaryMath {
    private UnaryMath() {
    }

    /** {@code aᵖ} for a constant exponent {@code p}. */
    public static Tensor pow(Tensor a, double p) {
        INDArray x = a.value();
        return Graph.record("pow", Transforms.pow(x, p, true),
                (g, n) -> new INDArray[] {Transforms.pow(x, p - 1, true).muli(g).muli(p)}, a);
    }

    public static Tensor exp(Tensor a) {
        INDArray z = Transforms.exp(a.value(), true);
        return Graph.record("exp", z, (g, n) -> new INDArray[] {g.mul(z)}, a);
    }

    /** Natural logarithm. */
    public static Tensor log(Tensor a) {
        INDArray x = a.value();
        return Graph.record("log", Transforms.log(x, true), (g, n) -> new INDArray[] {g.div(x)}, a);
    }

    public static Tensor sqrt(Tensor a) {
        INDArray z = Transforms.sqrt(a.value(), true);
        return Graph.record("sqrt", z, (g, n) -> new INDArray[] {g.div(z).muli(0.5)}, a);
    }

    public static Tensor abs(Tensor a) {
        INDArray x = a.value();
        return Graph.record("abs", Transforms.abs(x, true),
                (g, n) -> new INDArray[] {Transforms.sign(x, true).muli(g)}, a);
    }
}
