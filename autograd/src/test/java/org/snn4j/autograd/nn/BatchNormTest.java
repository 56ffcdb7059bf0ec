package org.snn4j.autograd.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

class BatchNormTest {

    /** ε = 3 so that √(σ² + ε) is an integer below; γ = [2, 1], β = [0, 10]. */
    private static BatchNorm1d bn() {
        BatchNorm1d bn = new BatchNorm1dSpec(2, 3.0, 0.1).build(new SplittableRandom(0));
        bn.castTo(DataType.DOUBLE);
        bn.weight().assign(Nd4j.createFromArray(2.0, 1.0));
        bn.bias().assign(Nd4j.createFromArray(0.0, 10.0));
        return bn;
    }

    @Test
    void trainingNormalisesWithBatchStatisticsAndUpdatesRunningStats() {
        BatchNorm1d bn = bn();
        // channel 0: [1,3,1,3] mean 2, biased var 1; channel 1: [5,5,7,7] mean 6, var 1; √(1+3) = 2
        INDArray x = Nd4j.createFromArray(new double[][] {{1, 5}, {3, 5}, {1, 7}, {3, 7}});
        Tensor y = bn.forward(Tensor.constant(x));
        assertArrayEquals(new double[] {-1, 9.5, 1, 9.5, -1, 10.5, 1, 10.5}, y.value().reshape(8).toDoubleVector(), 1e-12);
        // running_mean = 0.9·0 + 0.1·μ; running_var = 0.9·1 + 0.1·σ²·4/3 (unbiased)
        assertArrayEquals(new double[] {0.2, 0.6}, bn.runningMean().toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {0.9 + 0.4 / 3, 0.9 + 0.4 / 3}, bn.runningVar().toDoubleVector(), 1e-12);
    }

    @Test
    void evalUsesRunningStatisticsAndLeavesThemAlone() {
        BatchNorm1d bn = bn();
        bn.runningMean().assign(Nd4j.createFromArray(1.0, 2.0));
        bn.runningVar().assign(Nd4j.createFromArray(1.0, 13.0));
        bn.eval();
        // (5 − 1)/√(1 + 3)·2 + 0 = 4;  (10 − 2)/√(13 + 3)·1 + 10 = 12
        Tensor y = bn.forward(Tensor.constant(Nd4j.createFromArray(new double[][] {{5, 10}})));
        assertArrayEquals(new double[] {4, 12}, y.value().reshape(2).toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {1, 2}, bn.runningMean().toDoubleVector(), 0.0);
    }

    @Test
    void gradientOfNormalisedOutputSumIsZeroForTheInput() {
        BatchNorm1d bn = bn();
        Tensor x = Tensor.variable(Nd4j.createFromArray(new double[][] {{1, 5}, {3, 5}, {1, 8}, {3, 7}}));
        bn.forward(x).sum().backward();
        // Σ y does not depend on x (the normalised values sum to 0 per channel), so ∂/∂x = 0
        assertArrayEquals(new double[8], x.grad().reshape(8).toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {0, 0}, bn.weight().grad().toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {4, 4}, bn.bias().grad().toDoubleVector(), 1e-12);
    }

    @Test
    void batchNorm2dMergesLeadingDimensions() {
        BatchNorm2d a = new BatchNorm2dSpec(3).build(new SplittableRandom(0));
        BatchNorm2d b = new BatchNorm2dSpec(3).build(new SplittableRandom(0));
        INDArray x = Nd4j.rand(new SplittableRandom(4).nextLong(), new long[] {2, 4, 3, 5, 5}).castTo(DataType.FLOAT);
        Tensor seq = a.forward(Tensor.constant(x));
        Tensor merged = b.forward(Tensor.constant(x.reshape(8, 3, 5, 5)));
        assertArrayEquals(new long[] {2, 4, 3, 5, 5}, seq.shape());
        assertArrayEquals(merged.value().reshape(-1).toFloatVector(), seq.value().reshape(-1).toFloatVector(), 1e-6f);
        assertEquals(a.runningVar(), b.runningVar());
    }

    @Test
    void singleValuePerChannelInTrainingIsAnError() {
        BatchNorm1d bn = new BatchNorm1dSpec(2).build(new SplittableRandom(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bn.forward(Tensor.constant(Nd4j.ones(DataType.FLOAT, 1, 2))));
        assertEquals("BatchNorm1d needs more than one value per channel in training mode, got N·L = 1 "
                + "(use eval() or a larger batch)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> bn.forward(Tensor.constant(Nd4j.ones(DataType.FLOAT, 4, 3))));
    }

    @Test
    void specValidation() {
        assertEquals("BatchNorm2dSpec.momentum must be in [0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> new BatchNorm2dSpec(3, 1e-5, 1.5)).getMessage());
        assertEquals("BatchNorm1dSpec.eps must be > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new BatchNorm1dSpec(3, 0, 0.1)).getMessage());
    }
}
