package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * Joining tensors.
 *
 * <pre>
 * concat: z = [a₀ | a₁ | …] along an existing axis   ∂aᵢ = the block of g that aᵢ filled
 * stack:  z = [a₀, a₁, …] along a new axis            composite: reshape each, then concat
 * </pre>
 */
public final class Joining {
    private Joining() {
    }

    /** Concatenates along {@code axis}; every other dimension and the data type must agree. */
    public static Tensor concat(int axis, Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("concat: no tensors given");
        }
        int rank = parts[0].rank();
        int ax = Indexing.axis(axis, rank, "concat");
        INDArray[] values = new INDArray[parts.length];
        long[] offsets = new long[parts.length + 1];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parts[i].value();
            checkCompatible(parts[0].value(), values[i], ax, i);
            offsets[i + 1] = offsets[i] + values[i].size(ax);
        }
        INDArray z = parts.length == 1 ? values[0].dup('c') : Nd4j.concat(ax, values);
        return Graph.record("concat", z, (g, n) -> {
            INDArray[] grads = new INDArray[parts.length];
            INDArrayIndex[] idx = new INDArrayIndex[rank];
            Arrays.fill(idx, NDArrayIndex.all());
            for (int i = 0; i < parts.length; i++) {
                if (n[i]) {
                    idx[ax] = NDArrayIndex.interval(offsets[i], offsets[i + 1]);
                    grads[i] = g.get(idx).dup('c');
                }
            }
            return grads;
        }, parts);
    }

    /** Stacks equally shaped tensors along a new axis {@code axis} (0 ≤ axis ≤ rank). */
    public static Tensor stack(int axis, Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("stack: no tensors given");
        }
        long[] s = parts[0].shape();
        int ax = axis < 0 ? axis + s.length + 1 : axis;
        if (ax < 0 || ax > s.length) {
            throw new IllegalArgumentException("stack: axis " + axis + " out of range for rank " + s.length);
        }
        long[] expanded = new long[s.length + 1];
        for (int d = 0, j = 0; d <= s.length; d++) {
            expanded[d] = d == ax ? 1 : s[j++];
        }
        Tensor[] reshaped = new Tensor[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!Arrays.equals(parts[i].shape(), s)) {
                throw new IllegalArgumentException("stack: tensor " + i + " has shape " + Arrays.toString(parts[i].shape())
                        + ", expected " + Arrays.toString(s));
            }
            reshaped[i] = Shapes.reshape(parts[i], expanded);
        }
        return concat(ax, reshaped);
    }

    private static void checkCompatible(INDArray first, INDArray x, int ax, int i) {
        Arithmetic.requireSameType("concat", first, x);
        boolean ok = x.rank() == first.rank();
        for (int d = 0; ok && d < x.rank(); d++) {
            ok = d == ax || x.size(d) == first.size(d);
        }
        if (!ok) {
            throw new IllegalArgumentException("concat: tensor " + i + " has shape " + Arrays.toString(x.shape())
                    + ", incompatible with " + Arrays.toString(first.shape()) + " along axis " + ax);
        }
    }
}
