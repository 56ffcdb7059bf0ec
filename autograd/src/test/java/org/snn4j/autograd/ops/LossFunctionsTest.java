package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

/** Loss composites against hand-worked values. */
class LossFunctionsTest {

    private static Tensor var(double[]... rows) {
        return Tensor.variable(Nd4j.createFromArray(rows));
    }

    @Test
    void crossEntropyOfOneTwoThree() {
        Tensor z = var(new double[] {1, 2, 3}, new double[] {0, 0, 0});
        Tensor loss = LossFunctions.crossEntropy(z, new int[] {2, 0});
        // row 0: ln(e + e² + e³) − 3 = 0.40760596...; row 1: ln 3
        assertEquals((0.4076059644443806 + Math.log(3)) / 2, loss.item(), 1e-15);
        loss.backward();
        double[] s = {0.09003057317038046, 0.24472847105479767, 0.6652409557748219};
        assertArrayEquals(new double[] {s[0] / 2, s[1] / 2, (s[2] - 1) / 2}, z.grad().getRow(0).toDoubleVector(), 1e-15);
        assertArrayEquals(new double[] {(1 / 3.0 - 1) / 2, 1 / 6.0, 1 / 6.0}, z.grad().getRow(1).toDoubleVector(), 1e-15);
    }

    @Test
    void softTargetsWithAOneHotRowEqualHardLabels() {
        Tensor z = var(new double[] {0.3, -1, 2});
        Tensor hard = LossFunctions.crossEntropy(z, new int[] {1});
        Tensor soft = LossFunctions.crossEntropy(z, Tensor.constant(Nd4j.createFromArray(new double[][] {{0, 1, 0}})));
        assertEquals(hard.item(), soft.item(), 1e-15);
    }

    @Test
    void labelOutOfRangeIsNamed() {
        Tensor z = var(new double[] {1, 2, 3});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LossFunctions.crossEntropy(z, new int[] {3}));
        assertEquals("crossEntropy: labels[0] = 3 is outside [0, 3)", e.getMessage());
    }

    @Test
    void mseByHand() {
        Tensor p = var(new double[] {1, 2}, new double[] {3, 4});
        Tensor t = Tensor.constant(Nd4j.createFromArray(new double[][] {{1, 0}, {0, 4}}));
        assertEquals((0 + 4 + 9 + 0) / 4.0, LossFunctions.mse(p, t).item(), 0);
        Tensor column = Tensor.constant(Nd4j.zeros(2, 1).castTo(p.dataType()));
        assertThrows(IllegalArgumentException.class, () -> LossFunctions.mse(p, column));
    }

    @Test
    void bceByHandAndClampedAtCertainty() {
        Tensor p = var(new double[] {0.8, 0.25});
        Tensor t = Tensor.constant(Nd4j.createFromArray(new double[][] {{1, 0}}));
        assertEquals(-(Math.log(0.8) + Math.log(0.75)) / 2, LossFunctions.bce(p, t).item(), 1e-15);
        Tensor certain = var(new double[] {0, 1});
        Tensor wrong = Tensor.constant(Nd4j.createFromArray(new double[][] {{1, 0}}));
        assertEquals(-Math.log(LossFunctions.BCE_EPSILON), LossFunctions.bce(certain, wrong).item(), 1e-9);
    }

    @Test
    void bceWithLogitsEqualsBceOfSigmoid() {
        Tensor x = var(new double[] {0, 2, -3, 0.5});
        Tensor t = Tensor.constant(Nd4j.createFromArray(new double[][] {{1, 0, 0.3, 1}}));
        double viaSigmoid = LossFunctions.bce(Activations.sigmoid(x), t).item();
        assertEquals(viaSigmoid, LossFunctions.bceWithLogits(x, t).item(), 1e-15);
        Tensor huge = var(new double[] {1000, -1000});
        Tensor right = Tensor.constant(Nd4j.createFromArray(new double[][] {{1, 0}}));
        assertEquals(0, LossFunctions.bceWithLogits(huge, right).item(), 0);
    }
}
