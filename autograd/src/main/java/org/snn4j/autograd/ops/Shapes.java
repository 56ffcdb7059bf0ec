package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * Shape primitives. Their rules only move gradient elements around.
 *
 * <pre>
 * reshape:   ∂a = reshape(g, shape(a))           (row-major element order, like NumPy)
 * permute:   ∂a = permute(g, inverse(dims))
 * transpose: composite of permute
 * pad:       z = a surrounded by a constant       ∂a = the interior block of g
 * </pre>
 * {@code reshape} of a row-major contiguous input, and {@code permute} when the permuted array
 * keeps the row-major layout (identity, moving size-1 axes), return a <em>view</em> sharing the
 * input's storage: no copy, and the tape keeps one buffer where it kept two. Otherwise (a layout
 * change, a strided input, padding) the result is a fresh row-major array.
 *
 * <p>Why views are safe: the engine never writes in place into an array a recorded operation
 * produced or read. Op outputs are fresh arrays written before they are recorded ({@code affine}'s
 * bias add, the fused kernels' outputs); VJP rules must not mutate {@code g} or their captures
 * ({@link org.snn4j.autograd.VjpRule}); gradients are accumulated into copies
 * ({@link Tensor#accumulateGrad}). The only in-place writers are those of parameters and buffers
 * (initialisation, checkpoint load, optimisers, batch-norm running statistics), and those run
 * outside the forward → backward window of a graph, because recorded operations already capture
 * parameters without copying ({@code matmul} keeps {@code W} itself): a view of a parameter adds no
 * hazard a direct use did not have. {@code ShapesViewTest} checks both sides.
 */
public final class Shapes {
    private Shapes() {
    }

    /**
     * Row-major reshape; one dimension may be {@code -1} (inferred). A view of the input when it is
     * row-major contiguous, else a reshaped copy.
     */
    public static Tensor reshape(Tensor a, long... shape) {
        INDArray x = a.value();
        long[] orig = x.shape();
        long[] target = inferShape(shape, x.length());
        INDArray z = (NativeArrays.isContiguous(x) ? x : x.dup('c')).reshape('c', target);
        return Graph.record("reshape", z, (g, n) -> new INDArray[] {g.reshape('c', orig)}, a);
    }

    /** Reorders the axes: output axis {@code i} is input axis {@code dims[i]}. */
    public static Tensor permute(Tensor a, int... dims) {
        int rank = a.rank();
        int[] inv = new int[rank];
        boolean[] seen = new boolean[rank];
        if (dims.length != rank) {
            throw new IllegalArgumentException("permute: " + dims.length + " dims given for rank " + rank);
        }
        for (int i = 0; i < rank; i++) {
            if (dims[i] < 0 || dims[i] >= rank || seen[dims[i]]) {
                throw new IllegalArgumentException("permute: dims " + Arrays.toString(dims)
                        + " is not a permutation of 0.." + (rank - 1));
            }
            seen[dims[i]] = true;
            inv[dims[i]] = i;
        }
        INDArray view = a.value().permute(dims);
        INDArray z = NativeArrays.isContiguous(view) ? view : view.dup('c');
        return Graph.record("permute", z, (g, n) -> new INDArray[] {g.permute(inv)}, a);
    }

    /** Matrix transpose of a rank-2 tensor. */
    public static Tensor transpose(Tensor a) {
        if (a.rank() != 2) {
            throw new IllegalArgumentException("transpose: needs rank 2, got shape " + Arrays.toString(a.shape())
                    + "; use transpose(a, dim0, dim1)");
        }
        return permute(a, 1, 0);
    }

    /** Swaps axes {@code dim0} and {@code dim1} (negative values count from the end). */
    public static Tensor transpose(Tensor a, int dim0, int dim1) {
        int rank = a.rank();
        int d0 = Math.floorMod(dim0, rank);
        int d1 = Math.floorMod(dim1, rank);
        int[] dims = new int[rank];
        Arrays.setAll(dims, i -> i);
        dims[d0] = d1;
        dims[d1] = d0;
        return permute(a, dims);
    }

    /**
     * Pads every axis with a constant: {@code padding[d] = {before, after}} elements on axis
     * {@code d} (both ≥ 0). For an NCHW image use {@code {{0,0},{0,0},{p,p},{p,p}}}.
     */
    public static Tensor pad(Tensor a, long[][] padding, double value) {
        INDArray x = a.value();
        long[] s = x.shape();
        if (padding.length != s.length) {
            throw new IllegalArgumentException("pad: padding has " + padding.length + " rows for rank " + s.length);
        }
        long[] outShape = new long[s.length];
        INDArrayIndex[] interior = new INDArrayIndex[s.length];
        for (int d = 0; d < s.length; d++) {
            if (padding[d].length != 2 || padding[d][0] < 0 || padding[d][1] < 0) {
                throw new IllegalArgumentException("pad: padding[" + d + "] must be {before >= 0, after >= 0}, got "
                        + Arrays.toString(padding[d]));
            }
            outShape[d] = s[d] + padding[d][0] + padding[d][1];
            interior[d] = NDArrayIndex.interval(padding[d][0], padding[d][0] + s[d]);
        }
        INDArray z = Nd4j.valueArrayOf(outShape, value, x.dataType());
        z.get(interior).assign(x);
        return Graph.record("pad", z, (g, n) -> new INDArray[] {g.get(interior).dup('c')}, a);
    }

    private static long[] inferShape(long[] shape, long length) {
        long known = 1;
        int unknown = -1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1 && unknown < 0) {
                unknown = i;
            } else if (shape[i] < 0) {
                throw new IllegalArgumentException("reshape: bad shape " + Arrays.toString(shape));
            } else {
                known *= shape[i];
            }
        }
        long[] r = shape.clone();
        if (unknown >= 0 && known > 0) {
            r[unknown] = length / known;
            known *= r[unknown];
        }
        if (known != length) {
            throw new IllegalArgumentException("reshape: cannot view " + length + " elements as "
                    + Arrays.toString(shape));
        }
        return r;
    }
}
