package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Tensor;

/** Inverted dropout: seeded masks, scaling, evaluation mode, a mask shared over time steps. */
class DropoutTest {

    @Test
    void maskHoldsZeroOrTheInverseKeepProbability() {
        double[] m = Dropout.mask(new long[] {100, 100}, 0.25, DataType.DOUBLE, new SplittableRandom(1)).reshape(10_000).toDoubleVector();
        assertTrue(Arrays.stream(m).allMatch(v -> v == 0 || v == 4 / 3.0));
        long dropped = Arrays.stream(m).filter(v -> v == 0).count();
        assertTrue(dropped > 2300 && dropped < 2700, "dropped " + dropped + " of 10000 at p = 0.25");
    }

    @Test
    void sameSeedSameMaskOtherSeedOtherMask() {
        long[] s = {4, 5};
        INDArray a = Dropout.mask(s, 0.5, DataType.FLOAT, new SplittableRandom(7));
        assertEquals(a, Dropout.mask(s, 0.5, DataType.FLOAT, new SplittableRandom(7)));
        assertNotEquals(a, Dropout.mask(s, 0.5, DataType.FLOAT, new SplittableRandom(8)));
        assertEquals(DataType.FLOAT, a.dataType());
    }

    @Test
    void evaluationModeAndZeroProbabilityReturnTheInput() {
        Tensor x = Tensor.variable(Nd4j.ones(3));
        assertSame(x, Dropout.dropout(x, 0.5, false, new SplittableRandom(1)));
        assertSame(x, Dropout.dropout(x, 0, true, new SplittableRandom(1)));
        assertArrayEquals(new double[3], Dropout.dropout(x, 1, true, new SplittableRandom(1)).value().toDoubleVector(), 0);
        assertThrows(IllegalArgumentException.class, () -> Dropout.dropout(x, 1.5, true, new SplittableRandom(1)));
    }

    @Test
    void gradientIsTheMask() {
        Tensor x = Tensor.variable(Nd4j.ones(DataType.DOUBLE, 6));
        INDArray mask = Nd4j.createFromArray(2.0, 0, 2, 2, 0, 0);
        Tensor y = Dropout.apply(x, mask);
        y.sum().backward();
        assertArrayEquals(mask.toDoubleVector(), x.grad().toDoubleVector(), 0);
    }

    @Test
    void oneMaskSharedOverTimeStepsDropsTheSameUnits() {
        Tensor x = Tensor.variable(Nd4j.ones(DataType.DOUBLE, 5, 2, 8)); // [T, B, N]
        INDArray mask = Dropout.mask(new long[] {2, 8}, 0.5, DataType.DOUBLE, new SplittableRandom(3));
        INDArray y = Dropout.apply(x, mask).value();
        for (int t = 0; t < 5; t++) {
            assertEquals(mask, y.get(NDArrayIndex.point(t)));
        }
    }
}
