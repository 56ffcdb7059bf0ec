package org.snn4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GraphTest {

    private static Tensor var(double[] v, long... shape) {
        return Tensor.variable(Nd4j.createFromArray(v).reshape(shape).castTo(DataType.DOUBLE));
    }

    @Test
    void productRuleAndAccumulationAcrossUses() {
        Tensor x = var(new double[] {2, 3}, 2);
        // y = sum(x*x + x) -> dy/dx = 2x + 1
        Tensor y = x.mul(x).add(x).sum();
        y.backward();
        assertArrayEquals(new double[] {5, 7}, x.grad().toDoubleVector(), 1e-12);
        // gradients accumulate across backward calls until zeroGrad
        x.mul(x).sum().backward();
        assertArrayEquals(new double[] {9, 13}, x.grad().toDoubleVector(), 1e-12);
        x.zeroGrad();
        assertNull(x.grad());
    }

    @Test
    void broadcastGradientIsReducedToInputShape() {
        Tensor a = var(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor b = var(new double[] {10, 20, 30}, 3);
        a.add(b).mul(a).sum().backward();
        // d/db sum((a+b)*a) = sum over rows of a
        assertArrayEquals(new double[] {5, 7, 9}, b.grad().toDoubleVector(), 1e-12);
        assertArrayEquals(new long[] {3}, b.grad().shape());
    }

    @Test
    void noGradAndDetachRecordNothing() {
        Tensor x = var(new double[] {1, 2}, 2);
        try (GradMode.Scope s = GradMode.noGrad()) {
            assertFalse(x.mul(x).requiresGrad());
        }
        assertFalse(x.detach().mul(x.detach()).requiresGrad());
        Tensor y = x.detach().mul(x).sum();
        y.backward();
        assertArrayEquals(new double[] {1, 2}, x.grad().toDoubleVector(), 1e-12);
    }

    @Test
    void longChainDoesNotRecurse() {
        Tensor x = var(new double[] {1}, 1);
        Tensor y = x;
        for (int i = 0; i < 20_000; i++) {
            y = y.mul(1.0001);
        }
        y.sum().backward();
        assertEquals(Math.pow(1.0001, 20_000), x.grad().getDouble(0), 1e-6);
    }

    @Test
    void consumedGraphIsAClearError() {
        Tensor x = var(new double[] {1}, 1);
        Tensor y = x.mul(x).sum();
        y.backward();
        IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
        assertEquals(true, e.getMessage().contains("already used"));
    }

    @Test
    void matmulGradients() {
        Tensor a = var(new double[] {1, 2, 3, 4}, 2, 2);
        Tensor b = var(new double[] {5, 6, 7, 8}, 2, 2);
        a.matmul(b).sum().backward();
        INDArray ones = Nd4j.ones(DataType.DOUBLE, 2, 2);
        assertEquals(ones.mmul(b.value().transpose()), a.grad());
        assertEquals(a.value().transpose().mmul(ones), b.grad());
    }
}
