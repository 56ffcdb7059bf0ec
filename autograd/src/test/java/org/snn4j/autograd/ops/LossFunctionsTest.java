package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
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

    /** The fused node equals the composite −mean(pick(logSoftmax(z))), values and gradients, and never overflows. */
    @Test
    void fusedCrossEntropyEqualsTheComposite() {
        double[][] rows = {{0.5, -2, 3, 1e-3}, {1000, 999, -1000, 0}, {-4, -4, -4, -4}};
        int[] labels = {2, 1, 0};
        Tensor fused = var(rows);
        Tensor lossF = LossFunctions.crossEntropy(fused, labels);
        lossF.backward();
        Tensor comp = var(rows);
        double[][] oneHot = new double[3][4];
        for (int b = 0; b < 3; b++) {
            oneHot[b][labels[b]] = 1;
        }
        Tensor picked = Arithmetic.mul(Tensor.constant(Nd4j.createFromArray(oneHot)), Activations.logSoftmax(comp, 1));
        Tensor lossC = Arithmetic.mul(Reductions.sum(picked), -1.0 / 3);
        lossC.backward();
        assertEquals(lossC.item(), lossF.item(), 1e-13);
        assertTrue(Double.isFinite(lossF.item()));
        assertArrayEquals(comp.grad().reshape(12).toDoubleVector(), fused.grad().reshape(12).toDoubleVector(), 1e-15);
    }

    @Test
    void crossEntropyOfFloat32LogitsStaysFloat32AndMatchesFloat64() {
        double[][] rows = {{0.25, -1.5, 2}, {3, 0, -3}};
        Tensor z32 = Tensor.variable(Nd4j.createFromArray(rows).castTo(DataType.FLOAT));
        Tensor loss32 = LossFunctions.crossEntropy(z32, new int[] {0, 2});
        loss32.backward();
        Tensor z64 = var(rows);
        Tensor loss64 = LossFunctions.crossEntropy(z64, new int[] {0, 2});
        loss64.backward();
        assertEquals(DataType.FLOAT, loss32.dataType());
        assertEquals(DataType.FLOAT, z32.grad().dataType());
        assertEquals((float) loss64.item(), (float) loss32.item(), 0);
        assertArrayEquals(z64.grad().castTo(DataType.FLOAT).reshape(6).toFloatVector(), z32.grad().reshape(6).toFloatVector(), 0f);
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
