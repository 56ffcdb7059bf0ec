package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Broadcasting;

/**
 * Boolean masks and exact selection, shared by the selection primitives.
 *
 * <p>Selection is done with ND4J's {@code select} op rather than {@code m·a + (1−m)·b}, so that an
 * infinite or NaN value in the branch that is not taken never leaks into the result.
 */
final class Masks {
    private Masks() {
    }

    /** {@code mask} as a BOOL array of {@code shape}: every non-zero element is true. */
    static INDArray bool(INDArray mask, long[] shape) {
        INDArray m = mask.dataType() == DataType.BOOL ? mask : mask.castTo(DataType.BOOL);
        return materialise(m, shape);
    }

    /** {@code x} stretched to {@code shape} as a dense array of its own. */
    static INDArray materialise(INDArray x, long[] shape) {
        if (Arrays.equals(x.shape(), shape)) {
            return x;
        }
        return Broadcasting.expand(x, shape).dup('c');
    }

    /** Elementwise {@code mask ? x : y}; all three already have one shape. A fresh array. */
    static INDArray select(INDArray mask, INDArray x, INDArray y) {
        INDArray out = Nd4j.createUninitialized(x.dataType(), x.shape(), 'c');
        Nd4j.exec(DynamicCustomOp.builder("select").addInputs(mask, x, y).addOutputs(out).build());
        return out;
    }

    /** {@code g} where {@code mask} is true (or false when {@code keep} is false), 0 elsewhere. */
    static INDArray keep(INDArray g, INDArray mask, boolean keep) {
        INDArray zeros = Nd4j.zeros(g.dataType(), g.shape());
        return keep ? select(mask, g, zeros) : select(mask, zeros, g);
    }
}
