package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.temporal.ArrayRows;

/**
 * Moves arrays between ND4J and row-major {@code double[]} for the hand-written kernels.
 *
 * <p>The kernels of this package compute in double precision on heap arrays whatever the
 * tensor's type; results are written back in the input's type (float32 in training, float64 in
 * gradient checks). Transfers are bulk copies of the off-heap buffer through {@link NativeArrays},
 * widened or narrowed in Java, several times faster than element-wise creation and casting.
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
        length(a);
        return NativeArrays.read(a, out);
    }

    /** A new 'c'-ordered array of {@code type} (FLOAT or DOUBLE) and {@code shape} holding {@code values}. */
    static INDArray write(double[] values, long[] shape, DataType type) {
        return NativeArrays.create(values, shape, type);
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
        for (int r0 = 0; r0 < rows; r0 += TILE) {
            int n = Math.min(TILE, rows - r0);
            for (int i = 0; i < n; i++) {
                src.get((r0 + i) * cols, tile, i * cols, cols);
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
}
