package org.snn4j.autograd.temporal;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * Bulk access to the off-heap buffer of a row-major FLOAT or DOUBLE array, as doubles, through
 * {@link NativeArrays} (which keeps the array alive during every access).
 *
 * <p>The temporal kernels (this package, and fused kernels elsewhere through
 * {@link SequenceBlocks}) gather one block of columns at a time straight from the tensor's buffer
 * and scatter results straight into the output's buffer, so no whole-tensor {@code double[]} copy
 * exists (a conv layer's {@code [T, B, C, H, W]} can be hundreds of MB). Absolute bulk gets and
 * puts do not move the buffer's position, so blocks run concurrently.
 */
public final class ArrayRows {
    private final NativeArrays view;

    private ArrayRows(NativeArrays view) {
        this.view = view;
    }

    /**
     * Rows over {@code a} (a row-major copy when {@code a} is a view or not 'c' ordered).
     *
     * @param op names the caller in the error for a non-float input
     */
    public static ArrayRows of(String op, INDArray a) {
        floatType(op, a);
        return new ArrayRows(NativeArrays.ofCopyIfNeeded(a));
    }

    /** Rows over a fresh array of {@code type} and {@code shape}. */
    public static ArrayRows allocate(DataType type, long[] shape) {
        return new ArrayRows(NativeArrays.allocate(type, shape));
    }

    /** The array the rows read and write. */
    public INDArray array() {
        return view.array();
    }

    /** {@code dst[off … off+len) = a[index … index+len)}. */
    public void get(int index, double[] dst, int off, int len) {
        view.get(index, dst, off, len);
    }

    /** {@code a[index … index+len) = src[off … off+len)}. */
    public void put(int index, double[] src, int off, int len) {
        view.put(index, src, off, len);
    }

    /** The floating-point type of {@code a}, rejecting integer and half types with a one-line message. */
    public static DataType floatType(String op, INDArray a) {
        DataType t = a.dataType();
        if (t != DataType.FLOAT && t != DataType.DOUBLE) {
            throw new IllegalArgumentException(op + ": needs FLOAT or DOUBLE input, got " + t);
        }
        return t;
    }
}
