package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves arrays between ND4J and row-major {@code double[]} for the hand-written kernels.
 *
 * <p>The kernels of this package compute in double precision on heap arrays whatever the
 * tensor's type; results are written back in the input's type (float32 in training, float64 in
 * gradient checks).
 */
final class Flat {
    private Flat() {
    }

    /** The elements of {@code a} in row-major order, as a fresh (or buffer-backed copy) array. */
    static double[] read(INDArray a) {
        if (a.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("array of " + a.length() + " elements exceeds 2^31 − 1");
        }
        INDArray d = a.dataType() == DataType.DOUBLE ? a : a.castTo(DataType.DOUBLE);
        if (!contiguous(d)) {
            d = d.dup('c');
        }
        return d.data().asDouble();
    }

    /** A new 'c'-ordered array of {@code type} and {@code shape} holding {@code values}. */
    static INDArray write(double[] values, long[] shape, DataType type) {
        INDArray d = Nd4j.create(values, shape, 'c');
        return type == DataType.DOUBLE ? d : d.castTo(type);
    }

    /** The floating-point type of {@code a}, rejecting integer and half types with a clear message. */
    static DataType floatType(String op, INDArray a) {
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
}
