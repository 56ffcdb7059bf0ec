package org.snn4j.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.LossFunctions;

/** Count/rate cross-entropy, rate MSE and the membrane read-outs against hand-worked values. */
class RateLossesTest {

    /** The train of class {@code c} of sample 0, as a vector over time. */
    private static double[] train(INDArray a, int c) {
        return a.get(NDArrayIndex.all(), NDArrayIndex.point(0), NDArrayIndex.point(c)).toDoubleVector();
    }

    @Test
    void countCrossEntropyIsCrossEntropyOfCounts() {
        INDArray spikes = Trains.bernoulli(3, 0.4, 6, 3, 4);
        int[] labels = {1, 3, 0};
        Tensor s = Tensor.variable(spikes);
        Tensor loss = new CountCrossEntropy(false).loss(s, labels);
        Tensor counts = Tensor.variable(spikes.sum(0));
        Tensor direct = LossFunctions.crossEntropy(counts, labels);
        assertEquals(direct.item(), loss.item(), 1e-15);
        loss.backward();
        direct.backward();
        for (int t = 0; t < 6; t++) {
            assertEquals(counts.grad(), s.grad().get(NDArrayIndex.point(t), NDArrayIndex.all(), NDArrayIndex.all()));
        }
    }

    @Test
    void countAndRateCrossEntropyByHand() {
        // counts [2, 1], rates [1, 0.5], label 0: CE = ln(1 + e^(z1 − z0))
        INDArray spikes = Trains.oneSample(new double[] {1, 1}, new double[] {1, 0});
        assertEquals(0.31326168751822286, new CountCrossEntropy(false).loss(Tensor.variable(spikes), new int[] {0}).item(), 1e-15);
        assertEquals(0.4740769841801067, new CountCrossEntropy(true).loss(Tensor.variable(spikes), new int[] {0}).item(), 1e-15);
    }

    @Test
    void rateMseByHand() {
        // rates 0.75, 0.25, 0 against 0.8, 0.1, 0.1: (0.05² + 0.15² + 0.1²) / 3
        Tensor s = Tensor.variable(Trains.oneSample(new double[] {1, 1, 0, 1}, new double[] {0, 1, 0, 0},
                new double[] {0, 0, 0, 0}));
        Tensor loss = new RateMse(0.8, 0.1).loss(s, new int[] {0});
        assertEquals(0.035 / 3, loss.item(), 1e-15);
        loss.backward();
        // ∂L/∂s[t,c] = 2 (r_c − r̂_c) / (C·T)
        assertArrayEquals(new double[] {-0.1 / 12, -0.1 / 12, -0.1 / 12, -0.1 / 12}, train(s.grad(), 0), 1e-15);
        assertArrayEquals(new double[] {0.3 / 12, 0.3 / 12, 0.3 / 12, 0.3 / 12}, train(s.grad(), 1), 1e-15);
        assertArrayEquals(new double[] {-0.2 / 12, -0.2 / 12, -0.2 / 12, -0.2 / 12}, train(s.grad(), 2), 1e-15);
    }

    @Test
    void rateMseTimesTIsSnnTorchsMseCountLoss() {
        // T = 4, rates 0.75 / 0.25 → snnTorch targets 3 / 1 spikes; counts 3, 1, 0 for label 0:
        // snnTorch: mean((n − n̂)²) / T = mean(0, 0, 1) / 4 = 1/12
        Tensor s = Tensor.variable(Trains.oneSample(new double[] {1, 1, 0, 1}, new double[] {0, 1, 0, 0},
                new double[] {0, 0, 0, 0}));
        assertEquals(1.0 / 12, 4 * new RateMse(0.75, 0.25).loss(s, new int[] {0}).item(), 1e-15);
        assertEquals(0, new RateMse(0.75, 0).loss(Tensor.variable(Trains.oneSample(new double[] {1, 1, 0, 1},
                new double[] {0, 0, 0, 0})), new int[] {0}).item(), 0);
    }

    @Test
    void rateMseValidatesItsRates() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RateMse(1.5, 0));
        assertEquals("correctRate must be in [0, 1] spikes per step, got 1.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new RateMse(1, Double.NaN));
        assertEquals("incorrectRate must be in [0, 1] spikes per step, got NaN", e.getMessage());
    }

    @Test
    void maxMembraneReadoutByHand() {
        // max over t: z = [2.0, 1.5], label 1 → CE = ln(1 + e^0.5); gradient only at the arg-max steps
        Tensor u = Tensor.variable(Trains.oneSample(new double[] {0.5, 2.0, -1.0}, new double[] {1.0, 0.0, 1.5}));
        Tensor loss = new MembraneCrossEntropy(MembraneReadout.MAX).loss(u, new int[] {1});
        assertEquals(0.9740769841801067, loss.item(), 1e-15);
        loss.backward();
        double p0 = 0.6224593312018546;
        assertArrayEquals(new double[] {0, p0, 0}, train(u.grad(), 0), 1e-15);
        assertArrayEquals(new double[] {0, 0, -p0}, train(u.grad(), 1), 1e-15);
    }

    @Test
    void meanMembraneReadoutByHand() {
        // mean over t: z = [0.5, 5/6], label 1 → CE = ln(1 + e^(−1/3)); every step gets 1/3 of ∂z
        Tensor u = Tensor.variable(Trains.oneSample(new double[] {0.5, 2.0, -1.0}, new double[] {1.0, 0.0, 1.5}));
        Tensor loss = new MembraneCrossEntropy(MembraneReadout.MEAN).loss(u, new int[] {1});
        assertEquals(0.5403055746894084, loss.item(), 1e-15);
        loss.backward();
        double p0 = 0.4174297935376853 / 3;
        assertArrayEquals(new double[] {p0, p0, p0}, train(u.grad(), 0), 1e-15);
        assertArrayEquals(new double[] {-p0, -p0, -p0}, train(u.grad(), 1), 1e-15);
    }

    @Test
    void membraneReadoutIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MembraneCrossEntropy(null));
        assertEquals("readout must be MEAN or MAX, got null", e.getMessage());
    }
}
