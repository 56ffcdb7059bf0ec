package org.snn4j.neurons.slayer;

import java.lang.ref.Reference;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.temporal.ArrayRows;

/**
 * Moves arrays between ND4J and row-major {@code double[]} for the hand-written kernels.
 *
 * <p>The kernels of this package compute in double precision on heap arrays whatever the
 * tensor's type; results are written back in the input's type (float32 in training, float64 in
 * gradient checks). Transfers use bulk NIO copies of the off-heap buffer and widen or narrow in
 * Java, several times faster than element-wise creation and casting.
 */
final class Flat {
    private static final int TILE = 16;

    private Flat() {
    }

    /** The elements of {@code a} (FLOAT or DOUBLE) in row-major order, as a fresh array. */
    static double[] read(INDArray a) {
        return read(a, new double[length(a)]);
    }

    /** Copies the elements of {@code a} in row-major order into {@code out} (returned). */
    static double[] read(INDArray a, double[] out) {
        int n = length(a);
        INDArray c = contiguous(a) ? a : a.dup('c');
        if (c.dataType() == DataType.DOUBLE) {
            c.data().asNioDouble().get(0, out, 0, n);
            Reference.reachabilityFence(c);
            return out;
        }
        if (c.dataType() != DataType.FLOAT) {
            c = c.castTo(DataType.DOUBLE);
            c.data().asNioDouble().get(0, out, 0, n);
            Reference.reachabilityFence(c);
            return out;
        }
        FloatBuffer buf = c.data().asNioFloat();
        float[] chunk = new float[Math.min(n, 1 << 16)];
        for (int at = 0; at < n; at += chunk.length) {
            int len = Math.min(chunk.length, n - at);
            buf.get(at, chunk, 0, len);
            for (int i = 0; i < len; i++) {
                out[at + i] = chunk[i];
            }
        }
        Reference.reachabilityFence(c);
        return out;
    }

    /** A new 'c'-ordered array of {@code type} (FLOAT or DOUBLE) and {@code shape} holding {@code values}. */
    static INDArray write(double[] values, long[] shape, DataType type) {
        INDArray out = Nd4j.createUninitialized(type, shape, 'c');
        int n = values.length;
        if (type == DataType.DOUBLE) {
            DoubleBuffer buf = out.data().asNioDouble();
            buf.put(0, values, 0, n);
            Reference.reachabilityFence(out);
            return out;
        }
        FloatBuffer buf = out.data().asNioFloat();
        float[] chunk = new float[Math.min(n, 1 << 16)];
        for (int at = 0; at < n; at += chunk.length) {
            int len = Math.min(chunk.length, n - at);
            for (int i = 0; i < len; i++) {
                chunk[i] = (float) values[at + i];
            }
            buf.put(at, chunk, 0, len);
        }
        Reference.reachabilityFence(out);
        return out;
    }

    /** The floating-point type of {@code a}, rejecting integer and half types with a clear message. */
    static DataType floatType(String op, INDArray a) {
        return ArrayRows.floatType(op, a);
    }

    /**
     * Writes the transpose of the matrix {@code m} ({@code [rows, cols]}, FLOAT or DOUBLE) into
     * {@code t} as a row-major {@code [cols, rows]} array (returned), reading {@value #TILE} rows at a
     * time so that the writes are contiguous runs.
     */
    static double[] readTransposed(INDArray m, double[] t) {
        int rows = (int) m.size(0);
        int cols = (int) m.size(1);
        ArrayRows src = ArrayRows.of("transpose", m);
        double[] tile = new double[TILE * cols];
        float[] tmp = new float[cols];
        for (int r0 = 0; r0 < rows; r0 += TILE) {
            int n = Math.min(TILE, rows - r0);
            for (int i = 0; i < n; i++) {
                src.get((r0 + i) * cols, tile, i * cols, cols, tmp);
            }
            for (int c = 0; c < cols; c++) {
                int at = c * rows + r0;
                for (int i = 0; i < n; i++) {
                    t[at + i] = tile[i * cols + c];
                }
            }
        }
        return t;
    }

    private static int length(INDArray a) {
        if (a.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("array of " + a.length() + " elements exceeds 2^31 − 1");
        }
        return (int) a.length();
    }

    private static boolean contiguous(INDArray a) {
        return a.ordering() == 'c' && a.offset() == 0 && Shape.hasDefaultStridesForShape(a)
                && a.data().length() == a.length();
    }
}
