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
 * maximum: z = max(a, b)          ∂a = g·[a ≥ b]       ∂b = g·[a &lt; b]   (a tie goes to a)
 * minimum: z = min(a, b)          ∂a = g·[a ≤ b]       ∂b = g·[a &gt; b]   (a tie goes to a)
 * relu:    z = max(a, 0)          ∂a = g·[a &gt; 0]                        (relu'(0) = 0)
 * clamp:   z = min(max(a, lo), hi) ∂a = g·[lo ≤ a ≤ hi]
 * where:   z = m ? a : b          ∂a = g·[m]           ∂b = g·[¬m]      (m is a constant)
 * </pre>
 * {@code [·]} is the indicator. The conventions at the kinks match PyTorch's except for
 * {@code maximum}/{@code minimum} ties, which PyTorch splits in half; gradient checks must keep
 * inputs away from the kinks. All operands broadcast; all results are fresh arrays.
 */
public final class Comparisons {
    private Comparisons() {
    }

    /** Elementwise maximum. */
    public static Tensor maximum(Tensor a, Tensor b) {
        INDArray[] ab = Arithmetic.aligned("maximum", a, b);
        INDArray bWins = ab[0].lt(ab[1]);
        return Graph.record("maximum", Transforms.max(ab[0], ab[1], true), (g, n) -> new INDArray[] {
            n[0] ? Masks.keep(g, bWins, false) : null,
            n[1] ? Masks.keep(g, bWins, true) : null}, a, b);
    }

    /** Elementwise minimum. */
    public static Tensor minimum(Tensor a, Tensor b) {
        INDArray[] ab = Arithmetic.aligned("minimum", a, b);
        INDArray bWins = ab[0].gt(ab[1]);
        return Graph.record("minimum", Transforms.min(ab[0], ab[1], true), (g, n) -> new INDArray[] {
            n[0] ? Masks.keep(g, bWins, false) : null,
            n[1] ? Masks.keep(g, bWins, true) : null}, a, b);
    }

    /** Rectified linear unit {@code max(a, 0)}. */
    public static Tensor relu(Tensor a) {
        INDArray x = a.value();
        INDArray positive = x.gt(0);
        return Graph.record("relu", Transforms.relu(x, true), (g, n) -> new INDArray[] {Masks.keep(g, positive, true)}, a);
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
        INDArray outside = Transforms.or(x.lt(lo), x.gt(hi));
        INDArray z = Transforms.min(Transforms.max(x, lo, true), hi, false);
        return Graph.record("clamp", z, (g, n) -> new INDArray[] {Masks.keep(g, outside, false)}, a);
    }

    /**
     * Elementwise {@code mask ? a : b}. The mask is a constant: any non-zero element (or
     * {@code true}) selects {@code a}. Mask, {@code a} and {@code b} broadcast together.
     */
    public static Tensor where(INDArray mask, Tensor a, Tensor b) {
        Arithmetic.requireSameType("where", a.value(), b.value());
        long[] s = Broadcasting.shape(Broadcasting.shape(mask.shape(), a.shape()), b.shape());
        INDArray m = Masks.bool(mask, s);
        INDArray z = Masks.select(m, Masks.materialise(a.value(), s), Masks.materialise(b.value(), s));
        return Graph.record("where", z, (g, n) -> new INDArray[] {
            n[0] ? Masks.keep(g, m, true) : null,
            n[1] ? Masks.keep(g, m, false) : null}, a, b);
    }

    /** {@link #where(INDArray, Tensor, Tensor)} with the mask's value; no gradient flows to the mask. */
    public static Tensor where(Tensor mask, Tensor a, Tensor b) {
        return where(mask.value(), a, b);
    }
}
