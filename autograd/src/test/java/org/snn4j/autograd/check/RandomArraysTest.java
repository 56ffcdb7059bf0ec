package org.snn4j.autograd.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class RandomArraysTest {

    @Test
    void sameSeedSameArrayOtherSeedOtherArray() {
        assertEquals(RandomArrays.uniform(3, -1, 1, 4, 5), RandomArrays.uniform(3, -1, 1, 4, 5));
        assertNotEquals(RandomArrays.uniform(3, -1, 1, 4, 5), RandomArrays.uniform(4, -1, 1, 4, 5));
        INDArray u = RandomArrays.uniform(3, -1, 1, 4, 5);
        assertEquals(DataType.DOUBLE, u.dataType());
        assertArrayEquals(new long[] {4, 5}, u.shape());
    }

    @Test
    void awayFromZeroKeepsTheMargin() {
        double[] v = RandomArrays.awayFromZero(1, 0.1, 1, 1000).toDoubleVector();
        assertTrue(Arrays.stream(v).allMatch(x -> Math.abs(x) >= 0.1 && Math.abs(x) < 1));
        assertTrue(Arrays.stream(v).anyMatch(x -> x < 0) && Arrays.stream(v).anyMatch(x -> x > 0));
    }

    @Test
    void distinctIsAShuffledEvenGrid() {
        double[] v = RandomArrays.distinct(2, -1, 1, 5).toDoubleVector();
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, sorted, 1e-15);
        assertNotEquals(Arrays.toString(sorted), Arrays.toString(v));
    }
}
