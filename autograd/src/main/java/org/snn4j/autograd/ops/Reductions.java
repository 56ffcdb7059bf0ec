package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
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
 *                               (leading axes of a dense array: one Java pass, float64 accumulation)
 * mean: z = (1/n) Σ_axes a      ∂a = g / n broadcast back           (composite: sum · 1/n)
 * max:  z = max_axes a          ∂a = g at the arg-max of each reduced group, 0 elsewhere;
 *                               on ties the first maximum (in row-major order of the reduced
 *                               axes) takes the whole gradient
 * </pre>
 * An empty {@code axes} list means every axis. Negative axes count from the end.
 */
public final class Reductions {
    private Reductions() {
    }

    /** Sum of every element, as a scalar. */
    public static Tensor sum(Tensor a) {
        INDArray x = a.value();
        INDArray z = Nd4j.scalar(x.dataType(), x.sumNumber().doubleValue());
        long[] shape = x.shape();
        DataType type = x.dataType();
        return Graph.record("sumAll", z, (g, n) -> new INDArray[] {Nd4j.valueArrayOf(shape, g.getDouble(0), type)}, a);
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
        long[] kept = keptShape(x.shape(), ax);
        INDArray lead = leading(ax) ? Broadcasting.sumLeadingAxes(x, ax.length) : null;
        INDArray z = lead == null ? x.sum(keepDims, ax) : keepDims ? lead.reshape(kept) : lead;
        long[] shape = x.shape();
        return Graph.record("sum", z, (g, n) -> new INDArray[] {Broadcasting.expand(g.reshape(kept), shape)}, a);
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

    /** Maximum over {@code axes}; the gradient goes to the first arg-max of each group. */
    public static Tensor max(Tensor a, boolean keepDims, int... axes) {
        INDArray x = a.value();
        int[] ax = normalise(axes, x.rank());
        INDArray z = x.max(keepDims, ax);
        return Graph.record("max", z, (g, n) -> new INDArray[] {routeToArgMax(x, ax, g)}, a);
    }

    /** A zero array shaped like {@code x} holding each element of {@code g} at its group's arg-max. */
    private static INDArray routeToArgMax(INDArray x, int[] axes, INDArray g) {
        int rank = x.rank();
        boolean[] reduced = new boolean[rank];
        for (int d : axes) {
            reduced[d] = true;
        }
        int[] perm = new int[rank];
        int p = 0;
        long outer = 1;
        for (int d = 0; d < rank; d++) {
            if (!reduced[d]) {
                perm[p++] = d;
                outer *= x.size(d);
            }
        }
        for (int d : axes) {
            perm[p++] = d;
        }
        long inner = x.length() / outer;
        INDArray xp = x.permute(perm);
        long[] permutedShape = xp.shape();
        INDArray idx = Nd4j.argMax(xp.dup('c').reshape('c', outer, inner), 1);
        INDArray gFlat = g.dup('c').reshape('c', new long[] {outer}); // reshape('c', n) would be reshape(rows, cols)
        INDArray routed = Nd4j.zeros(x.dataType(), outer, inner);
        for (long o = 0; o < outer; o++) {
            routed.putScalar(o, idx.getLong(o), gFlat.getDouble(o));
        }
        int[] inv = new int[rank];
        for (int i = 0; i < rank; i++) {
            inv[perm[i]] = i;
        }
        return routed.reshape('c', permutedShape).permute(inv).dup('c');
    }

    /**
     * True when the (sorted) axes are {@code 0 … k−1}: a sum over leading axes, which
     * {@link Broadcasting#sumLeadingAxes} does in one pass (a spike count over time, {@code Σ_t}
     * of {@code [T, B, C]}); ND4J's reduction walks each output along the reduced axis with a stride.
     */
    private static boolean leading(int[] sortedAxes) {
        for (int i = 0; i < sortedAxes.length; i++) {
            if (sortedAxes[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** Axes made non-negative; an empty list means all axes. Rejects out-of-range and repeated axes. */
    static int[] normalise(int[] axes, int rank) {
        if (axes.length == 0) {
            int[] all = new int[rank];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] r = new int[axes.length];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < axes.length; i++) {
            int d = axes[i] < 0 ? axes[i] + rank : axes[i];
            if (d < 0 || d >= rank) {
                throw new IllegalArgumentException("axis " + axes[i] + " out of range for rank " + rank);
            }
            if (seen[d]) {
                throw new IllegalArgumentException("axis " + axes[i] + " repeated in " + Arrays.toString(axes));
            }
            seen[d] = true;
            r[i] = d;
        }
        Arrays.sort(r);
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
