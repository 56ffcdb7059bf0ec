package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

/** Reductions: values, max routing with ties, axis handling. */
class ReductionsTest {

    private static Tensor matrix() {
        return Tensor.variable(Nd4j.createFromArray(new double[][] {{1, 7, 7}, {4, 2, 0}}));
    }

    @Test
    void maxOverAnAxisRoutesToTheFirstArgMax() {
        Tensor x = matrix();
        Tensor z = Reductions.max(x, false, 1);
        assertArrayEquals(new double[] {7, 4}, z.value().toDoubleVector(), 0);
        z.backward(Nd4j.createFromArray(10.0, 20.0), false);
        assertArrayEquals(new double[] {0, 10, 0, 20, 0, 0}, x.grad().reshape(6).toDoubleVector(), 0);
    }

    @Test
    void maxOverAllAxesAndKeepDims() {
        Tensor x = matrix();
        Tensor all = Reductions.max(x, false);
        assertEquals(0, all.rank());
        assertEquals(7, all.item());
        all.backward();
        assertArrayEquals(new double[] {0, 1, 0, 0, 0, 0}, x.grad().reshape(6).toDoubleVector(), 0);
        assertArrayEquals(new long[] {1, 3}, Reductions.max(x, true, 0).shape());
        assertArrayEquals(new double[] {4, 7, 7}, Reductions.max(x, true, 0).value().reshape(3).toDoubleVector(), 0);
    }

    @Test
    void sumAndMeanOverAxes() {
        Tensor x = matrix();
        assertArrayEquals(new double[] {15, 6}, Reductions.sum(x, false, -1).value().toDoubleVector(), 0);
        assertArrayEquals(new double[] {2.5, 4.5, 3.5}, Reductions.mean(x, false, 0).value().toDoubleVector(), 0);
        assertEquals(21, Reductions.sum(x, false).item());
        Reductions.mean(x, true, 0, 1).backward(Nd4j.ones(1, 1).castTo(x.dataType()), false);
        assertArrayEquals(new double[] {1 / 6.0, 1 / 6.0, 1 / 6.0}, x.grad().getRow(0).toDoubleVector(), 1e-15);
    }

    @Test
    void badAxesAreNamed() {
        Tensor x = matrix();
        assertEquals("axis 2 out of range for rank 2",
                assertThrows(IllegalArgumentException.class, () -> Reductions.sum(x, false, 2)).getMessage());
        assertEquals("axis -1 repeated in [1, -1]",
                assertThrows(IllegalArgumentException.class, () -> Reductions.max(x, false, 1, -1)).getMessage());
    }
}
