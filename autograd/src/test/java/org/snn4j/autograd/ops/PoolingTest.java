package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

/** Pooling on a 4×4 image holding 1..16: window values, arg-max routing, padding semantics. */
class PoolingTest {

    private static Tensor image(double sign) {
        return Tensor.variable(Nd4j.linspace(DataType.DOUBLE, 1, 16, 1).muli(sign).reshape(1, 1, 4, 4));
    }

    private static double[] flat(org.nd4j.linalg.api.ndarray.INDArray a) {
        return a.dup('c').reshape(a.length()).toDoubleVector();
    }

    @Test
    void maxPoolRoutesEachGradientToItsWindowsArgMax() {
        Tensor x = image(1);
        Tensor z = Pooling.maxPool2d(x, 2, 2, 0);
        assertArrayEquals(new double[] {6, 8, 14, 16}, flat(z.value()), 0);
        z.backward(Nd4j.createFromArray(10.0, 20, 30, 40).reshape(1, 1, 2, 2), false);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 10, 0, 20, 0, 0, 0, 0, 0, 30, 0, 40}, flat(x.grad()), 0);
    }

    @Test
    void maxPoolTieGoesToOneCellOnly() {
        Tensor x = Tensor.variable(Nd4j.ones(DataType.DOUBLE, 1, 1, 2, 2));
        Tensor z = Pooling.maxPool2d(x, 2, 2, 0);
        z.sum().backward();
        assertEquals(1, x.grad().sumNumber().doubleValue(), 0);
        assertEquals(1, x.grad().maxNumber().doubleValue(), 0);
    }

    @Test
    void maxPoolPaddingNeverWins() {
        Tensor z = Pooling.maxPool2d(image(-1), 2, 2, 1);
        assertArrayEquals(new double[] {-1, -2, -4, -5, -6, -8, -13, -14, -16}, flat(z.value()), 0);
    }

    @Test
    void avgPoolCountsPaddedCellsInTheDivisor() {
        Tensor x = image(1);
        Tensor z = Pooling.avgPool2d(x, 2, 2, 1);
        // corner window holds only x[0,0] = 1 and three padded zeros: 1/4
        assertArrayEquals(new double[] {0.25, 1.25, 1, 3.5, 8.5, 5, 3.25, 7.25, 4}, flat(z.value()), 0);
        z.sum().backward();
        assertArrayEquals(new double[16], flat(x.grad().sub(0.25)), 0);
    }

    @Test
    void avgPoolWithoutPadding() {
        Tensor z = Pooling.avgPool2d(image(1), new int[] {2, 4}, new int[] {2, 1}, new int[] {0, 0});
        assertArrayEquals(new long[] {1, 1, 2, 1}, z.shape());
        assertArrayEquals(new double[] {4.5, 12.5}, flat(z.value()), 0);
    }

    @Test
    void paddingLargerThanHalfTheKernelIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pooling.maxPool2d(image(1), 2, 2, 2));
        assertEquals("maxpool2d: padding [2, 2] must be at most half the kernel [2, 2]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pooling.avgPool2d(Tensor.constant(Nd4j.zeros(2, 3)), 2, 2, 0));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "kernel {0} stride {1} padding {2}")
    @org.junit.jupiter.params.provider.CsvSource({"2,2,0", "3,2,1", "3,1,1", "2,3,1"})
    void avgPoolGradientEqualsNd4jAvgpool2dBp(int k, int st, int p) {
        org.nd4j.linalg.api.ndarray.INDArray x = org.snn4j.autograd.check.RandomArrays.uniform(5, -1, 1, 3, 2, 9, 8)
                .castTo(DataType.FLOAT);
        Tensor xt = Tensor.variable(x);
        Tensor z = Pooling.avgPool2d(xt, k, st, p);
        org.nd4j.linalg.api.ndarray.INDArray g = org.snn4j.autograd.check.RandomArrays.uniform(6, -1, 1, z.shape())
                .castTo(DataType.FLOAT);
        z.backward(g, false);
        org.nd4j.linalg.api.ndarray.INDArray expected = Nd4j.create(DataType.FLOAT, x.shape());
        Nd4j.exec(org.nd4j.linalg.api.ops.DynamicCustomOp.builder("avgpool2d_bp").addInputs(x, g).addOutputs(expected)
                .addIntegerArguments(k, k, st, st, p, p, 1, 1, 0, 1, 0).build());
        assertArrayEquals(flat(expected), flat(xt.grad()), 1e-6);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} kernel {1} stride {2} padding {3}")
    @org.junit.jupiter.params.provider.CsvSource({"FLOAT,2,2,0", "DOUBLE,2,2,0", "FLOAT,3,2,1", "DOUBLE,3,1,1",
        "FLOAT,2,3,1", "FLOAT,3,3,0"})
    void avgPoolForwardEqualsNd4jAvgpool2d(DataType type, int k, int st, int p) {
        // 9 × 11: odd sizes, so floor mode drops the last row or column for some configurations
        org.nd4j.linalg.api.ndarray.INDArray x = org.snn4j.autograd.check.RandomArrays.uniform(8, -1, 1, 3, 70, 9, 11)
                .castTo(type);
        Tensor z = Pooling.avgPool2d(Tensor.constant(x), k, st, p);
        org.nd4j.linalg.api.ndarray.INDArray expected = Nd4j.create(type, z.shape());
        Nd4j.exec(org.nd4j.linalg.api.ops.DynamicCustomOp.builder("avgpool2d").addInputs(x).addOutputs(expected)
                .addIntegerArguments(k, k, st, st, p, p, 1, 1, 0, 1, 0).build());
        assertArrayEquals(flat(expected), flat(z.value()), type == DataType.FLOAT ? 1e-6 : 1e-12);
        assertArrayEquals(flat(z.value()), flat(Pooling.avgPool2d(Tensor.constant(x), k, st, p).value()), 0,
                "deterministic");
    }

    @Test
    void avgPoolOfAStridedViewReadsItsElements() {
        org.nd4j.linalg.api.ndarray.INDArray x = org.snn4j.autograd.check.RandomArrays.uniform(9, -1, 1, 4, 4, 2, 3)
                .castTo(DataType.FLOAT);
        org.nd4j.linalg.api.ndarray.INDArray view = x.permute(2, 3, 0, 1);
        assertArrayEquals(flat(Pooling.avgPool2d(Tensor.constant(view.dup('c')), 2, 2, 0).value()),
                flat(Pooling.avgPool2d(Tensor.constant(view), 2, 2, 0).value()), 0);
    }
}
