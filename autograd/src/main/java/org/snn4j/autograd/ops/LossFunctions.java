package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * Classic ANN losses, each averaged like PyTorch's default {@code reduction='mean'}: composites of
 * primitives, except the cross-entropy against class indices, one fused node.
 *
 * <pre>
 * crossEntropy(z, y)   = −(1/B) Σ_b logSoftmax(z)[b, y_b]          z: [B, C] logits, y: class indices
 * crossEntropy(z, q)   = −(1/B) Σ_b Σ_c q[b,c] · logSoftmax(z)[b,c]  q: [B, C] soft targets
 * mse(p, t)            = mean((p − t)²)
 * bce(p, t)            = −mean(t·ln p̂ + (1 − t)·ln(1 − p̂)),  p̂ = clamp(p, ε, 1 − ε), ε = 1e-7
 * bceWithLogits(x, t)  = mean(softplus(x) − x·t)      (= bce(sigmoid(x), t) without overflow)
 * </pre>
 * In {@code bce} the clamp zeroes the gradient for probabilities within ε of 0 or 1.
 */
public final class LossFunctions {
    /** Probability clamp used by {@link #bce}. */
    public static final double BCE_EPSILON = 1e-7;

    private LossFunctions() {
    }

    /**
     * Cross-entropy of logits {@code [B, C]} against class indices {@code labels[b] ∈ [0, C)}, as one
     * node of the tape (PyTorch's {@code F.cross_entropy} fuses the same way):
     * <pre>
     * M_b = max_c z[b,c]     S_b = Σ_c e^(z[b,c] − M_b)     L = (1/B) Σ_b (M_b + ln S_b − z[b, y_b])
     * ∂z[b,c] = (g/B) · (e^(z[b,c] − M_b) / S_b − [c = y_b])
     * </pre>
     * computed in float64 from the logits and rounded once to their type; the composite
     * {@code −mean(pick(logSoftmax(z)))} equals it up to that rounding. One Java pass over the
     * {@code B·C} logits replaces about ten small ND4J operations and a {@code putScalar} per row
     * forward, and as many operations backward.
     */
    public static Tensor crossEntropy(Tensor logits, int[] labels) {
        long[] s = logits.shape();
        if (logits.rank() != 2 || labels.length != s[0]) {
            throw new IllegalArgumentException("crossEntropy: need logits [B, C] and B labels, got logits "
                    + Arrays.toString(s) + " and " + labels.length + " labels");
        }
        int rows = labels.length;
        int classes = (int) s[1];
        for (int b = 0; b < rows; b++) {
            if (labels[b] < 0 || labels[b] >= classes) {
                throw new IllegalArgumentException("crossEntropy: labels[" + b + "] = " + labels[b]
                        + " is outside [0, " + classes + ")");
            }
        }
        INDArray z = logits.value();
        double[] v = z.dup('c').data().asDouble();
        double[] softmax = new double[v.length];
        double total = 0;
        for (int b = 0; b < rows; b++) {
            int at = b * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, v[at + c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                softmax[at + c] = Math.exp(v[at + c] - max);
                sum += softmax[at + c];
            }
            for (int c = 0; c < classes; c++) {
                softmax[at + c] /= sum;
            }
            total += max + Math.log(sum) - v[at + labels[b]];
        }
        DataType type = z.dataType();
        INDArray loss = Nd4j.scalar(type, rows == 0 ? Double.NaN : total / rows);
        return Graph.record("crossEntropy", loss, (g, n) -> {
            double scale = g.getDouble(0) / rows;
            double[] d = new double[softmax.length];
            for (int b = 0; b < rows; b++) {
                int at = b * classes;
                for (int c = 0; c < classes; c++) {
                    d[at + c] = scale * (softmax[at + c] - (c == labels[b] ? 1 : 0));
                }
            }
            return new INDArray[] {Nd4j.create(d, s, 'c').castTo(type)};
        }, logits);
    }

    /** Cross-entropy of logits {@code [B, C]} against soft targets {@code [B, C]} (rows sum to 1). */
    public static Tensor crossEntropy(Tensor logits, Tensor targets) {
        if (logits.rank() != 2 || !Arrays.equals(logits.shape(), targets.shape())) {
            throw new IllegalArgumentException("crossEntropy: need logits and targets both [B, C], got "
                    + Arrays.toString(logits.shape()) + " and " + Arrays.toString(targets.shape()));
        }
        Tensor picked = Arithmetic.mul(targets, Activations.logSoftmax(logits, 1));
        return Arithmetic.mul(Reductions.sum(picked), -1.0 / logits.size(0));
    }

    /** Mean squared error. */
    public static Tensor mse(Tensor prediction, Tensor target) {
        sameShape("mse", prediction, target);
        Tensor d = Arithmetic.sub(prediction, target);
        return Reductions.mean(Arithmetic.mul(d, d));
    }

    /** Binary cross-entropy on probabilities (clamped to [ε, 1 − ε]). */
    public static Tensor bce(Tensor probability, Tensor target) {
        sameShape("bce", probability, target);
        Tensor p = Comparisons.clamp(probability, BCE_EPSILON, 1 - BCE_EPSILON);
        Tensor pos = Arithmetic.mul(target, UnaryMath.log(p));
        Tensor neg = Arithmetic.mul(Arithmetic.rsub(1, target), UnaryMath.log(Arithmetic.rsub(1, p)));
        return Arithmetic.neg(Reductions.mean(Arithmetic.add(pos, neg)));
    }

    /** Binary cross-entropy on logits, overflow-free. */
    public static Tensor bceWithLogits(Tensor logits, Tensor target) {
        sameShape("bceWithLogits", logits, target);
        Tensor xt = Arithmetic.mul(logits, target);
        return Reductions.mean(Arithmetic.sub(Activations.softplus(logits), xt));
    }

    /** Losses compare like with like: a [B] vs [B, 1] broadcast would silently square the batch. */
    private static void sameShape(String op, Tensor a, Tensor b) {
        if (!Arrays.equals(a.shape(), b.shape())) {
            throw new IllegalArgumentException(op + ": prediction shape " + Arrays.toString(a.shape())
                    + " differs from target shape " + Arrays.toString(b.shape()));
        }
    }
}
