package org.snn4j.autograd.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Broadcasting;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * Reductions over axes.
 *
 * <pre>
 * sum:  z = Σ_axes a            ∂a = g broadcast back over the reduced axes
 * mean: z = (1/n) Σ_axes a      ∂a = g / n broadcast back
 * </pre>
 */
public final class Reductions {
    private Reductions() {
    }

    /** Sum of every element, as a scalar. */
    public static Tensor sum(Tensor a) {
        INDArray x = a.value();
        INDArray z = Nd4j.scalar(x.dataType(), x.sumNumber().doubleValue());
        return Graph.record("sumAll", z, (g, n) -> new INDArray[] {Nd4j.valueArrayOf(x.shape(), g.getDouble(0), x.dataType())}, a);
    }

    /** Mean of every element, as a scalar. */
    public static Tensor mean(Tensor a) {
        long len = a.value().length();
        return Arithmetic.mul(sum(a), 1.0 / len);
    }

    /** Sum over {@code axes}; {@code keepDims} keeps them with size 1. */
    public static Tensor sum(Tensor a, boolean keepDims, int... axes) {
        INDArray x = a.value();
        int[] ax = normalise(axes, x.rank());
        INDArray z = x.sum(keepDims, ax);
        long[] kept = keptShape(x.shape(), ax);
        return Graph.record("sum", z, (g, n) -> new INDArray[] {Broadcasting.expand(g.reshape(kept), x.shape()).dup()}, a);
    }

    /** Mean over {@code axes}. */
    public static Tensor mean(Tensor a, boolean keepDims, int... axes) {
        int[] ax = normalise(axes, a.rank());
        long n = 1;
        for (int d : ax) {
            n *= a.size(d);
        }
        return Arithmetic.mul(sum(a, keepDims, ax), 1.0 / n);
    }

    static int[] normalise(int[] axes, int rank) {
        int[] r = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            int d = axes[i] < 0 ? axes[i] + rank : axes[i];
            if (d < 0 || d >= rank) {
                throw new IllegalArgumentException("axis " + axes[i] + " out of range for rank " + rank);
            }
            r[i] = d;
        }
        return r;
    }

    static long[] keptShape(long[] shape, int[] axes) {
        long[] k = shape.clone();
        for (int d : axes) {
            k[d] = 1;
        }
        return k;
    }
}
