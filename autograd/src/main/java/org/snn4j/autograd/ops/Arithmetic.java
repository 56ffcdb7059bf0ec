package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Broadcasting;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * Binary arithmetic primitives with NumPy broadcasting and their vector-Jacobian rules.
 *
 * <pre>
 * add: z = a + b   ∂a = g        ∂b = g
 * sub: z = a − b   ∂a = g        ∂b = −g
 * mul: z = a ⊙ b   ∂a = g ⊙ b    ∂b = g ⊙ a
 * div: z = a / b   ∂a = g / b    ∂b = −g ⊙ a / b²  (= −g ⊙ z / b)
 * neg: z = −a      ∂a = −g
 * </pre>
 * Gradients come back in the broadcast shape; the engine sums them down to each input's shape.
 * Both operands must have the same data type (a float32/float64 mix is an error, not a silent
 * promotion). Every result is a freshly allocated array.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    public static Tensor add(Tensor a, Tensor b) {
        INDArray[] ab = rankAligned("add", a, b);
        return Graph.record("add", ab[0].add(ab[1]), (g, n) -> new INDArray[] {g, g}, a, b);
    }

    public static Tensor sub(Tensor a, Tensor b) {
        INDArray[] ab = rankAligned("sub", a, b);
        return Graph.record("sub", ab[0].sub(ab[1]), (g, n) -> new INDArray[] {g, n[1] ? g.neg() : null}, a, b);
    }

    public static Tensor mul(Tensor a, Tensor b) {
        INDArray[] ab = rankAligned("mul", a, b);
        INDArray x = ab[0];
        INDArray y = ab[1];
        return Graph.record("mul", x.mul(y),
                (g, n) -> new INDArray[] {n[0] ? g.mul(y) : null, n[1] ? g.mul(x) : null}, a, b);
    }

    public static Tensor div(Tensor a, Tensor b) {
        INDArray[] ab = rankAligned("div", a, b);
        INDArray x = ab[0];
        INDArray y = ab[1];
        INDArray z = x.div(y);
        return Graph.record("div", z,
                (g, n) -> new INDArray[] {n[0] ? g.div(y) : null, n[1] ? g.mul(z).divi(y).negi() : null}, a, b);
    }

    public static Tensor neg(Tensor a) {
        return Graph.record("neg", a.value().neg(), (g, n) -> new INDArray[] {g.neg()}, a);
    }

    /** {@code a + c} for a scalar constant. */
    public static Tensor add(Tensor a, double c) {
        return Graph.record("addScalar", a.value().add(c), (g, n) -> new INDArray[] {g}, a);
    }

    /** {@code a − c} for a scalar constant (composite: {@code add(a, −c)}). */
    public static Tensor sub(Tensor a, double c) {
        return add(a, -c);
    }

    /** {@code c − a} for a scalar constant (composite: {@code add(neg(a), c)}). */
    public static Tensor rsub(double c, Tensor a) {
        return add(neg(a), c);
    }

    /** {@code a · c} for a scalar constant. */
    public static Tensor mul(Tensor a, double c) {
        return Graph.record("mulScalar", a.value().mul(c), (g, n) -> new INDArray[] {g.mul(c)}, a);
    }

    /** {@code a / c} for a non-zero scalar constant (composite: {@code mul(a, 1/c)}). */
    public static Tensor div(Tensor a, double c) {
        if (c == 0) {
            throw new IllegalArgumentException("div: divisor c must be non-zero");
        }
        return mul(a, 1.0 / c);
    }

    /**
     * Both values stretched to their common broadcast shape (no copy when shapes agree).
     *
     * @throws IllegalArgumentException when the data types differ or the shapes do not broadcast
     */
    /**
     * Both values reshaped to a common rank without stretching; ND4J's elementwise ops broadcast
     * same-rank operands themselves, which avoids materialising the stretched copy.
     */
    static INDArray[] rankAligned(String op, Tensor a, Tensor b) {
        INDArray x = a.value();
        INDArray y = b.value();
        requireSameType(op, x, y);
        if (Arrays.equals(x.shape(), y.shape())) {
            return new INDArray[] {x, y};
        }
        long[] s = Broadcasting.shape(x.shape(), y.shape());
        return new INDArray[] {Broadcasting.alignRank(x, s.length), Broadcasting.alignRank(y, s.length)};
    }

    static INDArray[] aligned(String op, Tensor a, Tensor b) {
        INDArray x = a.value();
        INDArray y = b.value();
        requireSameType(op, x, y);
        if (Arrays.equals(x.shape(), y.shape())) {
            return new INDArray[] {x, y};
        }
        long[] s = Broadcasting.shape(x.shape(), y.shape());
        return new INDArray[] {Broadcasting.expand(x, s), Broadcasting.expand(y, s)};
    }

    /** Fails with a message naming the operation when {@code x} and {@code y} differ in data type. */
    static void requireSameType(String op, INDArray x, INDArray y) {
        if (x.dataType() != y.dataType()) {
            throw new IllegalArgumentException(op + ": operand data types differ (" + x.dataType()
                    + " and " + y.dataType() + "); cast one of them first");
        }
    }
}
