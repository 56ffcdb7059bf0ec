package org.snn4j.autograd.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

class ConvPoolTest {
    /** x = 1..9 as [1, 1, 3, 3]. */
    private static Tensor nine() {
        return Tensor.constant(Nd4j.arange(1, 10).castTo(DataType.FLOAT).reshape(1, 1, 3, 3));
    }

    /** x = 1..16 as [1, 1, 4, 4]. */
    private static Tensor sixteen() {
        return Tensor.constant(Nd4j.arange(1, 17).castTo(DataType.FLOAT).reshape(1, 1, 4, 4));
    }

    @Test
    void convWithAOnesKernelSumsEachWindow() {
        Conv2d c = new Conv2dSpec(1, 1, 2, 1, 0, 1, true).build(new SplittableRandom(0));
        c.weight().assign(Nd4j.ones(1, 1, 2, 2));
        c.bias().assign(Nd4j.createFromArray(0.5f));
        // [[1+2+4+5, 2+3+5+6], [4+5+7+8, 5+6+8+9]] + 0.5
        assertArrayEquals(new float[] {12.5f, 16.5f, 24.5f, 28.5f}, c.forward(nine()).value().reshape(4).toFloatVector());
    }

    @Test
    void convPaddingStrideAndOutputSize() {
        Conv2dSpec spec = new Conv2dSpec(1, 4, 3, 2, 1, 1, false);
        assertEquals(2, spec.outputSize(3));
        assertEquals(14, new Conv2dSpec(1, 1, 5, 2, 2, 1, true).outputSize(28));
        Conv2d c = spec.build(new SplittableRandom(0));
        assertArrayEquals(new long[] {1, 4, 2, 2}, c.forward(nine()).shape());
        assertArrayEquals(new long[] {4, 1, 3, 3}, c.weight().shape());
    }

    @Test
    void convKeepsLeadingDimensions() {
        Conv2d c = new Conv2dSpec(1, 2, 2).build(new SplittableRandom(0));
        Tensor seq = Tensor.constant(Nd4j.rand(DataType.FLOAT, 3, 2, 1, 3, 3));
        Tensor y = c.forward(seq);
        assertArrayEquals(new long[] {3, 2, 2, 2, 2}, y.shape());
        Tensor merged = c.forward(Tensor.constant(seq.value().reshape(6, 1, 3, 3)));
        assertEquals(merged.value().reshape(3, 2, 2, 2, 2), y.value());
    }

    @Test
    void poolingLiteralValues() {
        assertArrayEquals(new float[] {3.5f, 5.5f, 11.5f, 13.5f},
                new AvgPool2dSpec(2).build(null).forward(sixteen()).value().reshape(4).toFloatVector());
        assertArrayEquals(new float[] {6, 8, 14, 16},
                new MaxPool2dSpec(2).build(null).forward(sixteen()).value().reshape(4).toFloatVector());
        // window 3, stride 2, padding 1 over 4x4: max of each clipped window
        assertArrayEquals(new float[] {6, 8, 14, 16},
                new MaxPool2dSpec(3, 2, 1).build(null).forward(sixteen()).value().reshape(4).toFloatVector());
    }

    @Test
    void maxPoolRoutesTheGradientToTheArgMax() {
        Tensor x = Tensor.variable(Nd4j.createFromArray(new double[] {1, 9, 2, 3, 4, 5, 8, 7, 6, 0, 1, 2, 3, 4, 5, 6}).reshape(1, 1, 4, 4));
        new MaxPool2dSpec(2).build(null).forward(x).sum().backward();
        assertArrayEquals(new double[] {0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1}, x.grad().reshape(16).toDoubleVector(), 0.0);
    }

    @Test
    void wrongChannelCountIsAClearError() {
        Conv2d c = new Conv2dSpec(3, 2, 3).build(new SplittableRandom(0));
        assertEquals("Conv2d(3->2) expects input [..., 3, H, W] (rank >= 4), got [1, 1, 3, 3]",
                assertThrows(IllegalArgumentException.class, () -> c.forward(nine())).getMessage());
        assertEquals("MaxPool2d expects input [..., C, H, W] (rank >= 4), got [3, 3]",
                assertThrows(IllegalArgumentException.class,
                        () -> new MaxPool2dSpec(2).build(null).forward(Tensor.constant(Nd4j.ones(3, 3)))).getMessage());
    }

    @Test
    void specValidationNamesTheField() {
        assertEquals("Conv2dSpec.stride must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new Conv2dSpec(1, 1, 3, 0, 0, 1, true)).getMessage());
        assertEquals("MaxPool2dSpec.padding must be in [0, 1], got 2",
                assertThrows(IllegalArgumentException.class, () -> new MaxPool2dSpec(3, 1, 2)).getMessage());
    }
}
