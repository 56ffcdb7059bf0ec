package org.snn4j.autograd.temporal;

import java.lang.ref.Reference;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bulk access to the off-heap buffer of a row-major FLOAT or DOUBLE array, as doubles.
 *
 * <p>The temporal kernels (this package, and fused kernels elsewhere through
 * {@link SequenceBlocks}) gather one block of columns at a time straight from the tensor's buffer
 * and scatter results straight into the output's buffer, so no whole-tensor {@code double[]} copy
 * exists (a conv layer's {@code [T, B, C, H, W]} can be hundreds of MB). Absolute bulk gets and
 * puts do not move the buffer's position, so blocks run concurrently.
 */
public final class ArrayRows {
    private final INDArray array;
    private final FloatBuffer floats;
    private final DoubleBuffer doubles;

    private ArrayRows(INDArray array) {
        this.array = array;
        boolean f = array.dataType() == DataType.FLOAT;
        this.floats = f ? array.data().asNioFloat() : null;
        this.doubles = f ? null : array.data().asNioDouble();
    }

    /** Rows over {@code a} (a 'c' copy when {@code a} is a view or not row-major). */
    public static ArrayRows of(String op, INDArray a) {
        floatType(op, a);
        return new ArrayRows(contiguous(a) ? a : a.dup('c'));
    }

    /** Rows over a fresh array of {@code type} and {@code shape}. */
    public static ArrayRows allocate(DataType type, long[] shape) {
        return new ArrayRows(Nd4j.createUninitialized(type, shape, 'c'));
    }

    public INDArray array() {
        return array;
    }

    /** {@code dst[off … off+len) = a[index … index+len)}; {@code tmp} holds ≥ len floats (FLOAT arrays). */
    public void get(int index, double[] dst, int off, int len, float[] tmp) {
        if (doubles != null) {
            doubles.get(index, dst, off, len);
            Reference.reachabilityFence(array);
            return;
        }
        floats.get(index, tmp, 0, len);
        Reference.reachabilityFence(array);
        for (int i = 0; i < len; i++) {
            dst[off + i] = tmp[i];
        }
    }

    /** {@code a[index … index+len) = src[off … off+len)}. */
    public void put(int index, double[] src, int off, int len, float[] tmp) {
        if (doubles != null) {
            doubles.put(index, src, off, len);
            Reference.reachabilityFence(array);
            return;
        }
        for (int i = 0; i < len; i++) {
            tmp[i] = (float) src[off + i];
        }
        floats.put(index, tmp, 0, len);
        Reference.reachabilityFence(array);
    }

    /** The floating-point type of {@code a}, rejecting integer and half types with a one-line message. */
    public static DataType floatType(String op, INDArray a) {
        DataType t = a.dataType();
        if (t != DataType.FLOAT && t != DataType.DOUBLE) {
            throw new IllegalArgumentException(op + ": needs FLOAT or DOUBLE input, got " + t);
        }
        return t;
    }

    private static boolean contiguous(INDArray a) {
        return a.ordering() == 'c' && a.offset() == 0 && Shape.hasDefaultStridesForShape(a)
                && a.data().length() == a.length();
    }

    @Override
    public String toString() {
        return "ArrayRows" + Arrays.toString(array.shape());
    }
}
