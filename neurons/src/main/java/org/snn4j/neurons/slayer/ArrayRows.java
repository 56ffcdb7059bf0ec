package org.snn4j.neurons.slayer;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * Bulk access to the off-heap buffer of a row-major FLOAT or DOUBLE array, as doubles, through
 * {@link NativeArrays} (which keeps the array alive during every access).
 *
 * <p>The temporal kernels gather one block of columns at a time straight from the tensor's buffer
 * and scatter results straight into the output's buffer, so no whole-tensor {@code double[]} copy
 * exists (a conv layer's {@code [T, B, C, H, W]} can be hundreds of MB). Absolute bulk gets and
 * puts do not move the buffer's position, so blocks run concurrently.
 */
final class ArrayRows {
    private final NativeArrays view;

    private ArrayRows(NativeArrays view) {
        this.view = view;
    }

    /** Rows over {@code a} (a 'c' copy when {@code a} is a view or not row-major). */
    static ArrayRows of(String op, INDArray a) {
        Flat.floatType(op, a);
        return new ArrayRows(NativeArrays.ofCopyIfNeeded(a));
    }

    /** Rows over a fresh array of {@code type} and {@code shape}. */
    static ArrayRows allocate(DataType type, long[] shape) {
        return new ArrayRows(NativeArrays.allocate(type, shape));
    }

    INDArray array() {
        return view.array();
    }

    /**
     * {@code dst[off … off+len) = a[index … index+len)}. {@code tmp} is no longer used (the
     * conversion scratch lives in {@link NativeArrays}); it stays until the callers drop it.
     */
    void get(int index, double[] dst, int off, int len, float[] tmp) {
        view.get(index, dst, off, len);
    }

    /** {@code a[index … index+len) = src[off … off+len)}; {@code tmp} is unused, see {@link #get}. */
    void put(int index, double[] src, int off, int len, float[] tmp) {
        view.put(index, src, off, len);
    }

    @Override
    public String toString() {
        return "ArrayRows" + Arrays.toString(view.array().shape());
    }
}
