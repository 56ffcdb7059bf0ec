package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

/** Selection primitives: values, the gradient conventions at kinks and ties, exact selection. */
class ComparisonsTest {

    private static Tensor var(double... v) {
        return Tensor.variable(Nd4j.createFromArray(v));
    }

    @Test
    void maximumTieGoesToTheFirstOperand() {
        Tensor a = var(1, 5, 2);
        Tensor b = var(3, 5, 0);
        Tensor z = Comparisons.maximum(a, b);
        assertArrayEquals(new double[] {3, 5, 2}, z.value().toDoubleVector(), 0);
        z.sum().backward();
        assertArrayEquals(new double[] {0, 1, 1}, a.grad().toDoubleVector(), 0);
        assertArrayEquals(new double[] {1, 0, 0}, b.grad().toDoubleVector(), 0);
    }

    @Test
    void minimumTieGoesToTheFirstOperand() {
        Tensor a = var(1, 5, 2);
        Tensor b = var(3, 5, 0);
        Comparisons.minimum(a, b).sum().backward();
        assertArrayEquals(new double[] {1, 1, 0}, a.grad().toDoubleVector(), 0);
        assertArrayEquals(new double[] {0, 0, 1}, b.grad().toDoubleVector(), 0);
    }

    @Test
    void reluGradientIsZeroAtZero() {
        Tensor x = var(-1, 0, 2);
        Tensor z = Comparisons.relu(x);
        assertArrayEquals(new double[] {0, 0, 2}, z.value().toDoubleVector(), 0);
        z.sum().backward();
        assertArrayEquals(new double[] {0, 0, 1}, x.grad().toDoubleVector(), 0);
    }

    @Test
    void clampPassesGradientInsideAndOnTheBounds() {
        Tensor x = var(-2, -1, 0, 1, 2);
        Tensor z = Comparisons.clamp(x, -1, 1);
        assertArrayEquals(new double[] {-1, -1, 0, 1, 1}, z.value().toDoubleVector(), 0);
        z.sum().backward();
        assertArrayEquals(new double[] {0, 1, 1, 1, 0}, x.grad().toDoubleVector(), 0);
        assertArrayEquals(new double[] {0, 0, 0, 1, 2},
                Comparisons.clamp(x, 0, Double.POSITIVE_INFINITY).value().toDoubleVector(), 0);
        assertThrows(IllegalArgumentException.class, () -> Comparisons.clamp(x, 1, -1));
    }

    @Test
    void whereSelectsExactlySoTheOtherBranchCannotLeakInfinity() {
        Tensor a = var(1, Double.POSITIVE_INFINITY, 3);
        Tensor b = var(Double.NaN, 20, 30);
        Tensor z = Comparisons.where(Nd4j.createFromArray(true, false, true), a, b);
        assertArrayEquals(new double[] {1, 20, 3}, z.value().toDoubleVector(), 0);
        z.backward(Nd4j.createFromArray(1.0, 2.0, 3.0), false);
        assertArrayEquals(new double[] {1, 0, 3}, a.grad().toDoubleVector(), 0);
        assertArrayEquals(new double[] {0, 2, 0}, b.grad().toDoubleVector(), 0);
    }

    @Test
    void whereMaskBroadcastsAndNonZeroMeansTrue() {
        Tensor a = Tensor.variable(Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}}));
        Tensor b = var(-1, -2);
        Tensor mask = Tensor.constant(Nd4j.createFromArray(new double[][] {{0.5}, {0}}));
        Tensor z = Comparisons.where(mask, a, b);
        assertArrayEquals(new double[] {1, 2, -1, -2}, z.value().reshape(4).toDoubleVector(), 0);
        z.sum().backward();
        assertArrayEquals(new double[] {1, 1}, b.grad().toDoubleVector(), 0);
        assertEquals(0, a.grad().getDouble(1, 0));
    }
}
