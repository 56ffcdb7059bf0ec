package org.snn4j.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.temporal.ExponentialKernel;

class VanRossumLabelsTest {

    @Test
    void isZeroForTheTargetTrainsAndSpikeTimeOtherwise() {
        VanRossumLabels loss = new VanRossumLabels(3, 1, 2, 4);
        INDArray target = Nd4j.zeros(DataType.DOUBLE, 8, 1, 2);
        for (int t = 1; t < 8; t += 2) {
            target.putScalar(new long[] {t, 0, 1}, 1); // label 1: every 2nd step
        }
        for (int t = 3; t < 8; t += 4) {
            target.putScalar(new long[] {t, 0, 0}, 1); // class 0: every 4th step
        }
        assertEquals(0, loss.loss(Tensor.variable(target), new int[] {1}).item(), 0);
        INDArray out = Nd4j.zeros(DataType.DOUBLE, 8, 1, 2);
        double expected = new SpikeTime(new ExponentialKernel(3, 1), 1)
                .loss(Tensor.variable(out), Tensor.constant(target)).item();
        assertEquals(expected, loss.loss(Tensor.variable(out), new int[] {1}).item(), 1e-12);
    }

    @Test
    void rejectsIntervalsOutOfRange() {
        assertEquals("trueInterval must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new VanRossumLabels(3, 1, 0, 0)).getMessage());
        assertEquals("falseInterval must be >= 0 (0: silent), got -1",
                assertThrows(IllegalArgumentException.class, () -> new VanRossumLabels(3, 1, 1, -1)).getMessage());
    }
}
