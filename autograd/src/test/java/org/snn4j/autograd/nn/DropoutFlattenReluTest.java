package org.snn4j.autograd.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

class DropoutFlattenReluTest {

    @Test
    void dropoutKeepsOrZeroesAndScalesByOneOverKeep() {
        Dropout d = new DropoutSpec(0.25).build(new SplittableRandom(3));
        Tensor x = Tensor.variable(Nd4j.ones(DataType.DOUBLE, 4000));
        Tensor y = d.forward(x);
        int kept = 0;
        for (double v : y.value().toDoubleVector()) {
            assertTrue(v == 0.0 || Math.abs(v - 4.0 / 3) < 1e-12, "value " + v);
            kept += v == 0 ? 0 : 1;
        }
        assertEquals(3000, kept, 100);
        y.sum().backward();
        assertArrayEquals(y.value().toDoubleVector(), x.grad().toDoubleVector(), 0.0, "gradient is the scaled mask");
    }

    @Test
    void dropoutMasksFollowTheSeedAndReseed() {
        INDArray ones = Nd4j.ones(DataType.FLOAT, 64);
        Dropout a = new DropoutSpec(0.5).build(new SplittableRandom(11));
        Dropout b = new DropoutSpec(0.5).build(new SplittableRandom(11));
        INDArray first = a.forward(Tensor.constant(ones)).value();
        assertEquals(first, b.forward(Tensor.constant(ones)).value());
        assertNotEquals(first, a.forward(Tensor.constant(ones)).value(), "the stream advances");
        a.reseed(5);
        INDArray afterReseed = a.forward(Tensor.constant(ones)).value();
        a.reseed(5);
        assertEquals(afterReseed, a.forward(Tensor.constant(ones)).value());
    }

    @Test
    void reseedGivesSiblingDropoutsDifferentStreams() {
        Sequential s = new SequentialSpec(new DropoutSpec(0.5), new DropoutSpec(0.5)).build(new SplittableRandom(1));
        s.reseed(8);
        INDArray ones = Nd4j.ones(DataType.FLOAT, 64);
        assertNotEquals(s.get(0).forward(Tensor.constant(ones)).value(), s.get(1).forward(Tensor.constant(ones)).value());
    }

    @Test
    void dropoutIsTheIdentityInEval() {
        Dropout d = new DropoutSpec(0.9).build(new SplittableRandom(3));
        d.eval();
        Tensor x = Tensor.constant(Nd4j.ones(DataType.FLOAT, 10));
        assertSame(x, d.forward(x));
    }

    @Test
    void flattenMergesFromStartDim() {
        Tensor x = Tensor.constant(Nd4j.arange(120).reshape(2, 3, 4, 5));
        assertArrayEquals(new long[] {2, 60}, new FlattenSpec().build(null).forward(x).shape());
        assertArrayEquals(new long[] {2, 3, 20}, new FlattenSpec(2).build(null).forward(x).shape());
        assertArrayEquals(new long[] {120}, new FlattenSpec(0).build(null).forward(x).shape());
        assertEquals(Nd4j.arange(120).reshape(2, 60), new FlattenSpec().build(null).forward(x).value());
        assertEquals("Flatten(startDim=4) needs rank > 4, got [2, 3, 4, 5]",
                assertThrows(IllegalArgumentException.class, () -> new FlattenSpec(4).build(null).forward(x)).getMessage());
    }

    @Test
    void reluModule() {
        Tensor x = Tensor.variable(Nd4j.createFromArray(-2.0, 0.0, 3.0));
        Tensor y = new ReLUSpec().build(null).forward(x);
        assertArrayEquals(new double[] {0, 0, 3}, y.value().toDoubleVector(), 0.0);
        y.sum().backward();
        assertArrayEquals(new double[] {0, 0, 1}, x.grad().toDoubleVector(), 0.0);
    }
}
