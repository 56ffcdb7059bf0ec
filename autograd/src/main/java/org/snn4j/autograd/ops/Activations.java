package org.snn4j.autograd.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * Activation functions, each a composite of primitives (no backward of their own).
 *
 * <pre>
 * sigmoid(x)    = 1 / (1 + e^(−x))     computed as  where(x ≥ 0, 1, e) / (1 + e),  e = e^(−|x|)
 * tanh(x)       = 2·sigmoid(2x) − 1
 * softplus(x)   = ln(1 + eˣ)           computed as  max(x, 0) + ln(1 + e^(−|x|))
 * logSigmoid(x) = −softplus(−x)
 * softmax(x)ᵢ   = e^(xᵢ − m) / Σⱼ e^(xⱼ − m)
 * logSoftmax(x)ᵢ = (xᵢ − m) − ln Σⱼ e^(xⱼ − m)
 * </pre>
 * {@code m} is the detached maximum along the axis (it cancels, so detaching it changes no
 * gradient). {@code −|x|} is built as {@code where(x ≥ 0, −x, x)} with a constant mask rather
 * than with {@code abs}, so the gradients at exactly {@code x = 0} are the true ones (σ'(0) = 1/4,
 * softplus'(0) = 1/2) and no {@code e^(+large)} is ever formed. {@code tanh} built this way has
 * an absolute (not relative) error of about one ulp of 1 near 0.
 */
public final class Activations {
    private Activations() {
    }

    public static Tensor sigmoid(Tensor x) {
        INDArray nonNegative = x.value().gte(0);
        Tensor e = UnaryMath.exp(negAbs(x, nonNegative));
        Tensor one = Tensor.scalar(1, x.dataType());
        Tensor numerator = Comparisons.where(nonNegative, one, e);
        return Arithmetic.div(numerator, Arithmetic.add(e, 1));
    }

    public static Tensor tanh(Tensor x) {
        return Arithmetic.add(Arithmetic.mul(sigmoid(Arithmetic.mul(x, 2)), 2), -1);
    }

    /** {@code ln(1 + eˣ)}, overflow-free. */
    public static Tensor softplus(Tensor x) {
        INDArray nonNegative = x.value().gte(0);
        Tensor positivePart = Comparisons.where(nonNegative, x, Tensor.scalar(0, x.dataType()));
        Tensor tail = UnaryMath.log(Arithmetic.add(UnaryMath.exp(negAbs(x, nonNegative)), 1));
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

    /** {@code −|x|} as {@code where(x ≥ 0, −x, x)}. */
    private static Tensor negAbs(Tensor x, INDArray nonNegative) {
        return Comparisons.where(nonNegative, Arithmetic.neg(x), x);
    }
}
