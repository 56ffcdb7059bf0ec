package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

/** Shape, indexing and joining primitives: shapes, values, scattered gradients, errors. */
class ShapesTest {

    /** [2, 3] holding 0..5. */
    private static Tensor m23() {
        return Tensor.variable(Nd4j.arange(6).castTo(DataType.DOUBLE).reshape(2, 3));
    }

    private static double[] flat(Tensor t) {
        return t.value().dup('c').reshape(t.value().length()).toDoubleVector();
    }

    @Test
    void reshapeInfersOneDimensionInRowMajorOrder() {
        Tensor z = Shapes.reshape(m23(), -1, 2);
        assertArrayEquals(new long[] {3, 2}, z.shape());
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, flat(z), 0);
        assertThrows(IllegalArgumentException.class, () -> Shapes.reshape(m23(), 4, -1));
    }

    @Test
    void permuteAndTranspose() {
        Tensor x = m23();
        assertArrayEquals(new double[] {0, 3, 1, 4, 2, 5}, flat(Shapes.transpose(x)), 0);
        Tensor r3 = Shapes.reshape(x, 1, 2, 3);
        assertArrayEquals(new long[] {3, 2, 1}, Shapes.transpose(r3, 0, -1).shape());
        assertThrows(IllegalArgumentException.class, () -> Shapes.permute(x, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Shapes.transpose(r3));
    }

    @Test
    void padSurroundsWithTheValueAndCutsTheGradientBack() {
        Tensor x = m23();
        Tensor z = Shapes.pad(x, new long[][] {{1, 0}, {0, 2}}, -1);
        assertArrayEquals(new long[] {3, 5}, z.shape());
        assertArrayEquals(new double[] {-1, -1, -1, -1, -1, 0, 1, 2, -1, -1, 3, 4, 5, -1, -1}, flat(z), 0);
        z.backward(Nd4j.arange(15).castTo(DataType.DOUBLE).reshape(3, 5), false);
        assertArrayEquals(new double[] {5, 6, 7, 10, 11, 12}, x.grad().reshape(6).toDoubleVector(), 0);
        assertThrows(IllegalArgumentException.class, () -> Shapes.pad(x, new long[][] {{0, -1}, {0, 0}}, 0));
    }

    @Test
    void sliceWithStepScattersTheGradientBack() {
        Tensor x = Tensor.variable(Nd4j.arange(7).castTo(DataType.DOUBLE));
        Tensor z = Indexing.slice(x, 0, 1, 6, 2);
        assertArrayEquals(new double[] {1, 3, 5}, flat(z), 0);
        z.backward(Nd4j.createFromArray(10.0, 20.0, 30.0), false);
        assertArrayEquals(new double[] {0, 10, 0, 20, 0, 30, 0}, x.grad().toDoubleVector(), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Indexing.slice(x, 0, 3, 9));
        assertEquals("slice: need 0 <= from < to <= 7 and step >= 1 on axis 0, got from=3 to=9 step=1", e.getMessage());
    }

    @Test
    void selectDropsTheAxisAndAcceptsNegativeIndices() {
        Tensor x = m23();
        Tensor last = Indexing.select(x, 1, -1);
        assertArrayEquals(new long[] {2}, last.shape());
        assertArrayEquals(new double[] {2, 5}, flat(last), 0);
        assertArrayEquals(new double[] {3, 4, 5}, flat(Indexing.select(x, 0, 1)), 0);
        assertThrows(IllegalArgumentException.class, () -> Indexing.select(x, 0, 2));
    }

    @Test
    void concatAndStackShapesAndGradients() {
        Tensor a = m23();
        Tensor b = Tensor.variable(Nd4j.ones(DataType.DOUBLE, 2, 1));
        Tensor c = Joining.concat(1, a, b);
        assertArrayEquals(new double[] {0, 1, 2, 1, 3, 4, 5, 1}, flat(c), 0);
        c.backward(Nd4j.arange(8).castTo(DataType.DOUBLE).reshape(2, 4), false);
        assertArrayEquals(new double[] {3, 7}, b.grad().reshape(2).toDoubleVector(), 0);
        assertArrayEquals(new long[] {2, 2, 3}, Joining.stack(1, a, a).shape());
        assertArrayEquals(new long[] {2, 3, 2}, Joining.stack(-1, a, a).shape());
        assertArrayEquals(new double[] {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5}, flat(Joining.stack(2, a, a)), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Joining.concat(0, a, b));
        assertEquals("concat: tensor 1 has shape [2, 1], incompatible with [2, 3] along axis 0", e.getMessage());
    }

    @Test
    void shapeOpsAcceptViewsAndColumnMajorInputs() {
        INDArray base = Nd4j.arange(12).castTo(DataType.DOUBLE).reshape(3, 4);
        Tensor view = Tensor.variable(base.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 3),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2, 4)));
        assertArrayEquals(new double[] {4, 6, 8, 10}, flat(Shapes.reshape(view, 4)), 0);
        Tensor f = Tensor.variable(base.dup('f'));
        assertArrayEquals(new double[] {0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11}, flat(Shapes.transpose(f)), 0);
    }
}
