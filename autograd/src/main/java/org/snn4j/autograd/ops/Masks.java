package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Broadcasting;

/**
 * Masks for the selection primitives.
 *
 * <p>Gradient masking multiplies by a 0/1 indicator (one vectorised multiply); an infinite or NaN
 * upstream gradient therefore stays non-finite even where it is masked out. The forward
 * {@link #select} is exact: the value of the branch not taken never enters the result, even if it
 * is infinite or NaN. (ND4J's own {@code select}/{@code where_np} kernels are exact too but about
 * a hundred times slower than this loop on a million elements.)
 */
final class Masks {
    private Masks() {
    }

    /** {@code mask} (any type; non-zero or true means 1) as a 0/1 array of {@code type} and {@code shape}. */
    static INDArray indicator(INDArray mask, DataType type, long[] shape) {
        INDArray m = mask.dataType() == DataType.BOOL ? mask : mask.neq(0);
        return materialise(m.castTo(type), shape);
    }

    /** {@code x} stretched to {@code shape} (itself when it already has that shape). */
    static INDArray materialise(INDArray x, long[] shape) {
        if (Arrays.equals(x.shape(), shape)) {
            return x;
        }
        return Broadcasting.expand(x, shape).dup('c');
    }

    /** Elementwise {@code m ≠ 0 ? x : y}; all three have one shape. A fresh row-major array. */
    static INDArray select(INDArray m, INDArray x, INDArray y) {
        double[] mv = flat(m);
        double[] xv = flat(x);
        double[] yv = flat(y);
        for (int i = 0; i < yv.length; i++) {
            if (mv[i] != 0) {
                yv[i] = xv[i];
            }
        }
        INDArray z = Nd4j.createFromArray(yv);
        return (x.rank() == 0 ? z.reshape(new long[0]) : z.reshape('c', x.shape())).castTo(x.dataType());
    }

    /** Row-major values as doubles (exact for float32 and float64). */
    private static double[] flat(INDArray a) {
        if (a.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("where: " + a.length() + " elements is too many");
        }
        return a.dup('c').data().asDouble();
    }
}
