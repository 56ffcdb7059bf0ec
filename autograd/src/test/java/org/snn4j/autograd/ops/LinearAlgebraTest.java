package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;

/** Matrix products: batched forms agree with per-batch 2-D products; bad shapes are named. */
class LinearAlgebraTest {

    @Test
    void twoByTwoByHand() {
        Tensor a = Tensor.variable(Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}}));
        Tensor b = Tensor.variable(Nd4j.createFromArray(new double[][] {{5, 6}, {7, 8}}));
        assertArrayEquals(new double[] {19, 22, 43, 50}, LinearAlgebra.matmul(a, b).value().reshape(4).toDoubleVector(), 0);
    }

    @Test
    void batchedEqualsOneProductPerBatch() {
        INDArray a = RandomArrays.uniform(1, -1, 1, 3, 2, 4);
        INDArray b = RandomArrays.uniform(2, -1, 1, 3, 4, 5);
        INDArray z = LinearAlgebra.matmul(Tensor.constant(a), Tensor.constant(b)).value();
        assertArrayEquals(new long[] {3, 2, 5}, z.shape());
        for (int i = 0; i < 3; i++) {
            INDArray expected = a.get(NDArrayIndex.point(i)).mmul(b.get(NDArrayIndex.point(i)));
            assertEquals(expected, z.get(NDArrayIndex.point(i)));
        }
    }

    @Test
    void sharedRightOperandEqualsOneProductPerBatch() {
        INDArray a = RandomArrays.uniform(3, -1, 1, 3, 2, 4);
        INDArray w = RandomArrays.uniform(4, -1, 1, 4, 5);
        INDArray z = LinearAlgebra.matmul(Tensor.constant(a), Tensor.constant(w)).value();
        assertArrayEquals(new long[] {3, 2, 5}, z.shape());
        for (int i = 0; i < 3; i++) {
            assertEquals(a.get(NDArrayIndex.point(i)).mmul(w), z.get(NDArrayIndex.point(i)));
        }
    }

    @Test
    void mismatchedShapesAreNamed() {
        Tensor a = Tensor.constant(RandomArrays.uniform(5, -1, 1, 2, 3));
        Tensor b = Tensor.constant(RandomArrays.uniform(6, -1, 1, 4, 5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinearAlgebra.matmul(a, b));
        assertEquals("matmul: shapes [2, 3] x [4, 5] are not [M,K]x[K,N], [B,M,K]x[B,K,N] or [B,M,K]x[K,N]", e.getMessage());
        Tensor c = Tensor.constant(RandomArrays.uniform(7, -1, 1, 2, 3, 4));
        Tensor d = Tensor.constant(RandomArrays.uniform(8, -1, 1, 3, 4, 5));
        assertThrows(IllegalArgumentException.class, () -> LinearAlgebra.matmul(c, d));
    }
}
