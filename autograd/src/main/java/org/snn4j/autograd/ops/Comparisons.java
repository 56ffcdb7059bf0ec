package org.snn4j.autograd.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.snn4j.autograd.Broadcasting;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * Piecewise-linear selection primitives and their vector-Jacobian rules.
 *
 * <pre>
 * maximum: z = max(a, b)           ∂a = g·[a ≥ b]       ∂b = g·[a &lt; b]   (a tie goes to a)
 * minimum: z = min(a, b)           ∂a = g·[a ≤ b]       ∂b = g·[a &gt; b]   (a tie goes to a)
 * relu:    z = max(a, 0)           ∂a = g·[a &gt; 0]                        (relu'(0) = 0)
 * clamp:   z = min(max(a, lo), hi) ∂a = g·[lo ≤ a ≤ hi]
 * where:   z = m ? a : b           ∂a = g·[m]           ∂b = g·[¬m]      (m is a constant)
 * </pre>
 * {@code [·]} is the indicator, applied by multiplication. The conventions at the kinks match
 * PyTorch's except for {@code maximum}/{@code minimum} ties, which PyTorch splits in half;
 * gradient checks must keep inputs away from the kinks. All operands broadcast; all results are
 * fresh arrays. {@code where}'s forward value is an exact selection (an infinite or NaN value in
 * the branch not taken does not leak into the result).
 */
public final class Comparisons {
    private Comparisons() {
    }

    /** Elementwise maximum. */
    public static Tensor maximum(Tensor a, Tensor b) {
        INDArray[] ab = Arithmetic.aligned("maximum", a, b);
        INDArray aWins = ab[0].lt(ab[1]).castTo(ab[0].dataType()).rsubi(1);
        return Graph.record("maximum", Transforms.max(ab[0], ab[1], true), (g, n) -> splitBy(g, aWins, n), a, b);
    }

    /** Elementwise minimum. */
    public static Tensor minimum(Tensor a, Tensor b) {
        INDArray[] ab = Arithmetic.aligned("minimum", a, b);
        INDArray aWins = ab[0].gt(ab[1]).castTo(ab[0].dataType()).rsubi(1);
        return Graph.record("minimum", Transforms.min(ab[0], ab[1], true), (g, n) -> splitBy(g, aWins, n), a, b);
    }

    /** Rectified linear unit {@code max(a, 0)}. */
    public static Tensor relu(Tensor a) {
        INDArray x = a.value();
        INDArray positive = x.gt(0).castTo(x.dataType());
        return Graph.record("relu", Transforms.relu(x, true), (g, n) -> new INDArray[] {g.mul(positive)}, a);
    }

    /**
     * {@code a} clipped to {@code [lo, hi]}; either bound may be infinite.
     *
     * @throws IllegalArgumentException when {@code lo > hi} or a bound is NaN
     */
    public static Tensor clamp(Tensor a, double lo, double hi) {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("clamp: lo (" + lo + ") must be <= hi (" + hi + ")");
        }
        INDArray x = a.value();
        INDArray inside = x.gte(lo).castTo(x.dataType()).muli(x.lte(hi).castTo(x.dataType()));
        INDArray z = Transforms.min(Transforms.max(x, lo, true), hi, false);
        return Graph.record("clamp", z, (g, n) -> new INDArray[] {g.mul(inside)}, a);
    }

    /**
     * Elementwise {@code mask ? a : b}. The mask is a constant: any non-zero element (or
     * {@code true}) selects {@code a}. Mask, {@code a} and {@code b} broadcast together.
     */
    public static Tensor where(INDArray mask, Tensor a, Tensor b) {
        Arithmetic.requireSameType("where", a.value(), b.value());
        long[] s = Broadcasting.shape(Broadcasting.shape(mask.shape(), a.shape()), b.shape());
        INDArray m = Masks.indicator(mask, a.dataType(), s);
        INDArray z = Masks.select(m, Masks.materialise(a.value(), s), Masks.materialise(b.value(), s));
        return Graph.record("where", z, (g, n) -> splitBy(g, m, n), a, b);
    }

    /** {@link #where(INDArray, Tensor, Tensor)} with the mask's value; no gradient flows to the mask. */
    public static Tensor where(Tensor mask, Tensor a, Tensor b) {
        return where(mask.value(), a, b);
    }

    /** {@code {g·m, g·(1 − m)}} for a 0/1 indicator {@code m}, computing only what is needed. */
    private static INDArray[] splitBy(INDArray g, INDArray m, boolean[] needs) {
        return new INDArray[] {needs[0] ? g.mul(m) : null, needs[1] ? g.mul(m.rsub(1)) : null};
    }
}
