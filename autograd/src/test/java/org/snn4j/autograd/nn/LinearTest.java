package org.snn4j.autograd.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

class LinearTest {

    /** W = [[1,2],[3,4],[5,6]], b = [0.5, -1, 0], float64. */
    private static Linear layer() {
        Linear l = new LinearSpec(2, 3).build(new SplittableRandom(1));
        l.castTo(DataType.DOUBLE);
        l.weight().assign(Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}, {5, 6}}));
        l.bias().assign(Nd4j.createFromArray(0.5, -1, 0));
        return l;
    }

    @Test
    void forwardIsXTimesWTransposedPlusBias() {
        Tensor x = Tensor.variable(Nd4j.createFromArray(new double[][] {{1, 1}, {2, -1}}));
        Tensor y = layer().forward(x);
        assertArrayEquals(new long[] {2, 3}, y.shape());
        assertArrayEquals(new double[] {3.5, 6, 11, 0.5, 1, 4}, y.value().reshape(6).toDoubleVector(), 1e-12);
    }

    @Test
    void gradientsOfTheSum() {
        Linear l = layer();
        Tensor x = Tensor.variable(Nd4j.createFromArray(new double[][] {{1, 1}, {2, -1}}));
        l.forward(x).sum().backward();
        // dW[o,i] = Σ_n x[n,i]; db[o] = N; dx[n,i] = Σ_o W[o,i]
        assertArrayEquals(new double[] {3, 0, 3, 0, 3, 0}, l.weight().grad().reshape(6).toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {2, 2, 2}, l.bias().grad().toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {9, 12, 9, 12}, x.grad().reshape(4).toDoubleVector(), 1e-12);
    }

    @Test
    void leadingDimensionsAreKept() {
        Tensor x = Tensor.constant(Nd4j.createFromArray(new double[] {1, 1, 2, -1}).reshape(2, 1, 2));
        Tensor y = layer().forward(x);
        assertArrayEquals(new long[] {2, 1, 3}, y.shape());
        assertArrayEquals(new double[] {3.5, 6, 11, 0.5, 1, 4}, y.value().reshape(6).toDoubleVector(), 1e-12);
    }

    @Test
    void noBiasMeansNoBiasParameter() {
        Linear l = new LinearSpec(5, 4, false).build(new SplittableRandom(3));
        assertNull(l.bias());
        assertEquals(1, l.namedParameters().size());
    }

    @Test
    void wrongInputWidthIsAClearError() {
        Linear l = new LinearSpec(2, 3).build(new SplittableRandom(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> l.forward(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 4, 5))));
        assertEquals("Linear(2->3) expects input [..., 2], got [4, 5]", e.getMessage());
    }

    @Test
    void defaultInitIsPyTorchsUniformAndSeeded() {
        Linear a = new LinearSpec(100, 50).build(new SplittableRandom(42));
        Linear b = new LinearSpec(100, 50).build(new SplittableRandom(42));
        Linear c = new LinearSpec(100, 50).build(new SplittableRandom(43));
        assertEquals(a.weight().value(), b.weight().value());
        assertEquals(a.bias().value(), b.bias().value());
        assertEquals(false, a.weight().value().equals(c.weight().value()));
        double bound = 1 / Math.sqrt(100);
        assertEquals(true, a.weight().value().amaxNumber().doubleValue() <= bound);
        assertEquals(true, a.weight().value().amaxNumber().doubleValue() > 0.95 * bound);
        assertEquals(true, a.bias().value().amaxNumber().doubleValue() <= bound);
    }

    @Test
    void specValidationNamesTheField() {
        assertEquals("LinearSpec.in must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new LinearSpec(0, 3)).getMessage());
        assertEquals("LinearSpec.out must be >= 1, got -2",
                assertThrows(IllegalArgumentException.class, () -> new LinearSpec(3, -2)).getMessage());
    }
}
