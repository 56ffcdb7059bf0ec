package org.snn4j.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.Indexing;
import org.snn4j.autograd.ops.LossFunctions;

/** TET: the mean over steps of the per-step cross-entropy, plus the optional MSE regulariser. */
class TetTest {

    @Test
    void plainTetIsTheMeanOfPerStepCrossEntropy() {
        INDArray o = Trains.uniform(11, -2, 2, 4, 3, 5);
        int[] labels = {4, 0, 2};
        Tensor merged = Tensor.variable(o);
        Tensor tet = Tet.plain().loss(merged, labels);
        Tensor stepwise = Tensor.variable(o);
        Tensor sum = null;
        for (int t = 0; t < 4; t++) {
            Tensor ce = LossFunctions.crossEntropy(Indexing.select(stepwise, 0, t), labels);
            sum = sum == null ? ce : Arithmetic.add(sum, ce);
        }
        Tensor mean = Arithmetic.div(sum, 4);
        assertEquals(mean.item(), tet.item(), 1e-14);
        tet.backward();
        mean.backward();
        assertTrue(merged.grad().equalsWithEps(stepwise.grad(), 1e-15), merged.grad() + " vs " + stepwise.grad());
    }

    @Test
    void regulariserByHand() {
        // O = [0, 1], label 1, λ = 0.5, φ = 1: CE = ln(1 + e^−1), MSE = (1 + 0) / 2
        Tensor o = Tensor.variable(Trains.oneSample(new double[] {0}, new double[] {1}));
        assertEquals(0.5 * 0.31326168751822286 + 0.5 * 0.5, new Tet(0.5, 1).loss(o, new int[] {1}).item(), 1e-15);
        assertEquals(0.5, new Tet(1, 1).loss(o, new int[] {1}).item(), 1e-15);
    }

    @Test
    void singleStepTetIsPlainCrossEntropy() {
        INDArray o = Trains.uniform(12, -1, 1, 1, 2, 3);
        Tensor ce = LossFunctions.crossEntropy(Tensor.variable(o.reshape(2, 3)), new int[] {2, 1});
        assertEquals(ce.item(), Tet.plain().loss(Tensor.variable(o), new int[] {2, 1}).item(), 1e-15);
    }

    @Test
    void lambdaIsValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Tet(-0.1, 1));
        assertEquals("lambda must be in [0, 1], got -0.1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Tet(0.1, Double.POSITIVE_INFINITY));
        assertEquals("phi must be finite, got Infinity", e.getMessage());
    }
}
