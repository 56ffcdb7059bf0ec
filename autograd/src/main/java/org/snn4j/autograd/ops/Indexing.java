package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * Slicing along one axis.
 *
 * <pre>
 * slice:  z = a[..., from:to:step, ...]     ∂a = zeros with g scattered back into those positions
 * select: z = a[..., i, ...] (axis dropped)  composite: slice(a, axis, i, i+1) then reshape
 * </pre>
 * Results are fresh arrays, never views of the input.
 */
public final class Indexing {
    private Indexing() {
    }

    /** Elements {@code from} (inclusive) to {@code to} (exclusive) along {@code axis}. */
    public static Tensor slice(Tensor a, int axis, long from, long to) {
        return slice(a, axis, from, to, 1);
    }

    /**
     * Every {@code step}-th element from {@code from} (inclusive) to {@code to} (exclusive) along
     * {@code axis}; requires {@code 0 ≤ from < to ≤ size} and {@code step ≥ 1}.
     */
    public static Tensor slice(Tensor a, int axis, long from, long to, long step) {
        INDArray x = a.value();
        int ax = axis(axis, x.rank(), "slice");
        long size = x.size(ax);
        if (from < 0 || to > size || from >= to || step < 1) {
            throw new IllegalArgumentException("slice: need 0 <= from < to <= " + size + " and step >= 1 on axis "
                    + ax + ", got from=" + from + " to=" + to + " step=" + step);
        }
        INDArrayIndex[] idx = new INDArrayIndex[x.rank()];
        Arrays.fill(idx, NDArrayIndex.all());
        idx[ax] = NDArrayIndex.interval(from, step, to);
        INDArray z = x.get(idx).dup('c');
        return Graph.record("slice", z, (g, n) -> {
            INDArray gi = Nd4j.zeros(x.dataType(), x.shape());
            gi.get(idx).assign(g);
            return new INDArray[] {gi};
        }, a);
    }

    /** Index {@code index} along {@code axis}, dropping that axis; a negative index counts from the end. */
    public static Tensor select(Tensor a, int axis, long index) {
        int ax = axis(axis, a.rank(), "select");
        long size = a.size(ax);
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException("select: index " + index + " out of range for axis " + ax
                    + " of size " + size);
        }
        long[] s = a.shape();
        long[] out = new long[s.length - 1];
        for (int d = 0, j = 0; d < s.length; d++) {
            if (d != ax) {
                out[j++] = s[d];
            }
        }
        return Shapes.reshape(slice(a, ax, i, i + 1, 1), out);
    }

    static int axis(int axis, int rank, String op) {
        int d = axis < 0 ? axis + rank : axis;
        if (d < 0 || d >= rank) {
            throw new IllegalArgumentException(op + ": axis " + axis + " out of range for rank " + rank);
        }
        return d;
    }
}
