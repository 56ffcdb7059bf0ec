package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

/** Literal values for arithmetic and unary math, and their error messages. */
class ArithmeticTest {

    private static Tensor var(double... v) {
        return Tensor.variable(Nd4j.createFromArray(v));
    }

    @Test
    void divGradientsByHand() {
        Tensor a = var(6, 1);
        Tensor b = var(3, -2);
        Tensor z = Arithmetic.div(a, b);
        assertArrayEquals(new double[] {2, -0.5}, z.value().toDoubleVector(), 0);
        z.sum().backward();
        assertArrayEquals(new double[] {1 / 3.0, -0.5}, a.grad().toDoubleVector(), 1e-15);
        assertArrayEquals(new double[] {-6 / 9.0, -1 / 4.0}, b.grad().toDoubleVector(), 1e-15);
    }

    @Test
    void scalarVariants() {
        Tensor a = var(1, 2);
        assertArrayEquals(new double[] {-1.5, -0.5}, Arithmetic.sub(a, 2.5).value().toDoubleVector(), 0);
        assertArrayEquals(new double[] {9, 8}, Arithmetic.rsub(10, a).value().toDoubleVector(), 0);
        assertArrayEquals(new double[] {0.25, 0.5}, Arithmetic.div(a, 4).value().toDoubleVector(), 0);
        assertThrows(IllegalArgumentException.class, () -> Arithmetic.div(a, 0));
    }

    @Test
    void unaryMathValuesAndGradients() {
        Tensor x = var(4, 0.25);
        UnaryMath.pow(x, 1.5).sum().backward();                 // d/dx x^1.5 = 1.5 sqrt(x)
        assertArrayEquals(new double[] {3, 0.75}, x.grad().toDoubleVector(), 1e-15);
        x.zeroGrad();
        UnaryMath.sqrt(x).sum().backward();                      // 0.5 / sqrt(x)
        assertArrayEquals(new double[] {0.25, 1}, x.grad().toDoubleVector(), 1e-15);
        x.zeroGrad();
        UnaryMath.log(x).sum().backward();
        assertArrayEquals(new double[] {0.25, 4}, x.grad().toDoubleVector(), 1e-15);
        assertEquals(Math.exp(4), UnaryMath.exp(x).value().getDouble(0), 1e-12);
    }

    @Test
    void absGradientIsSignAndZeroAtZero() {
        Tensor x = var(-2, 0, 3);
        Tensor z = UnaryMath.abs(x);
        assertArrayEquals(new double[] {2, 0, 3}, z.value().toDoubleVector(), 0);
        z.sum().backward();
        assertArrayEquals(new double[] {-1, 0, 1}, x.grad().toDoubleVector(), 0);
    }

    @Test
    void mixedDataTypesAreAnErrorNotAPromotion() {
        Tensor d = var(1, 2);
        Tensor f = Tensor.variable(Nd4j.createFromArray(1f, 2f));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Arithmetic.add(d, f));
        assertEquals("add: operand data types differ (DOUBLE and FLOAT); cast one of them first", e.getMessage());
        assertEquals(DataType.FLOAT, Arithmetic.mul(f, 3.0).dataType());
    }

    @Test
    void incompatibleShapesNameBoth() {
        Tensor a = Tensor.variable(Nd4j.zeros(DataType.DOUBLE, 2, 3));
        Tensor b = Tensor.variable(Nd4j.zeros(DataType.DOUBLE, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Arithmetic.mul(a, b));
        assertTrue(e.getMessage().contains("[2, 3] and [2]"), e.getMessage());
    }
}
