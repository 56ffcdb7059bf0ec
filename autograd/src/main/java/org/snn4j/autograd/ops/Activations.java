package org.snn4j.autograd.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * Activation functions, each a composite of primitives (no backward of their own).
 *
 * <pre>
 * sigmoid(x)     = 1 / (1 + e^(−x))    computed as  (m + (1 − m)·e) / (1 + e),  e = e^(−|x|)
 * tanh(x)        = 2·sigmoid(2x) − 1
 * softplus(x)    = ln(1 + eˣ)          computed as  m·x + ln(1 + e^(−|x|))
 * logSigmoid(x)  = −softplus(−x)
 * softmax(x)ᵢ    = e^(xᵢ − M) / Σⱼ e^(xⱼ − M)
 * logSoftmax(x)ᵢ = (xᵢ − M) − ln Σⱼ e^(xⱼ − M)
 * </pre>
 * {@code M} is the maximum along the axis, detached (it cancels, so detaching it changes no
 * gradient). {@code m = [x ≥ 0]} is a constant 0/1 mask and {@code −|x|} is built as
 * {@code x·(1 − 2m)} rather than with {@code abs}, so the gradients at exactly {@code x = 0} are
 * the true ones (σ'(0) = 1/4, softplus'(0) = 1/2) and no {@code e^(+large)} is ever formed.
 * {@code tanh} built this way has an absolute (not relative) error of about one ulp of 1 near 0.
 */
public final class Activations {
    private Activations() {
    }

    public static Tensor sigmoid(Tensor x) {
        INDArray m = nonNegative(x);
        Tensor e = UnaryMath.exp(Arithmetic.mul(x, Tensor.constant(m.mul(-2).addi(1))));
        Tensor numerator = Arithmetic.add(Arithmetic.mul(e, Tensor.constant(m.rsub(1))), Tensor.constant(m));
        return Arithmetic.div(numerator, Arithmetic.add(e, 1));
    }

    public static Tensor tanh(Tensor x) {
        return Arithmetic.add(Arithmetic.mul(sigmoid(Arithmetic.mul(x, 2)), 2), -1);
    }

    /** {@code ln(1 + eˣ)}, overflow-free. */
    public static Tensor softplus(Tensor x) {
        INDArray m = nonNegative(x);
        Tensor positivePart = Arithmetic.mul(x, Tensor.constant(m));
        Tensor negAbs = Arithmetic.mul(x, Tensor.constant(m.mul(-2).addi(1)));
        Tensor tail = UnaryMath.log(Arithmetic.add(UnaryMath.exp(negAbs), 1));
        return Arithmetic.add(positivePart, tail);
    }

    /** {@code ln sigmoid(x) = −softplus(−x)}. */
    public static Tensor logSigmoid(Tensor x) {
        return Arithmetic.neg(softplus(Arithmetic.neg(x)));
    }

    /** Softmax along {@code axis} (negative counts from the end). */
    public static Tensor softmax(Tensor x, int axis) {
        Tensor e = UnaryMath.exp(shiftByMax(x, axis));
        return Arithmetic.div(e, Reductions.sum(e, true, axis));
    }

    /** Log-softmax along {@code axis}, numerically stable. */
    public static Tensor logSoftmax(Tensor x, int axis) {
        Tensor z = shiftByMax(x, axis);
        Tensor logSum = UnaryMath.log(Reductions.sum(UnaryMath.exp(z), true, axis));
        return Arithmetic.sub(z, logSum);
    }

    /** {@code x − max(x)} along {@code axis}, with the maximum detached. */
    private static Tensor shiftByMax(Tensor x, int axis) {
        Tensor m = Reductions.max(x.detach(), true, axis);
        return Arithmetic.sub(x, m);
    }

    /** The constant indicator {@code m = [x ≥ 0]} in x's data type. */
    private static INDArray nonNegative(Tensor x) {
        return x.value().gte(0).castTo(x.dataType());
    }
}
