package org.snn4j.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.CheckOptions;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.temporal.TemporalKernel;

/** SLAYER's spike-count loss against hand-worked windows, counts and error assignment. */
class NumSpikesTest {
    /** Class 0: [1 0 1 1] (one spike in the window [1, 3)); class 1: [0 1 1 0] (two). */
    private static final INDArray SPIKES = Trains.oneSample(new double[] {1, 0, 1, 1}, new double[] {0, 1, 1, 0});

    private static double[] train(INDArray a, int c) {
        return a.get(NDArrayIndex.all(), NDArrayIndex.point(0), NDArrayIndex.point(c)).toDoubleVector();
    }

    @Test
    void windowedCountErrorByHand() {
        // window [1, 3), L = 2, label 0, counts wanted 2 (true) / 0 (false), Ts = 0.5 ms
        // class 0: A = 1, e = [1, (1−2)/2, (1−2)/2, 1] = [1, −.5, −.5, 1]  (spikes outside W are errors)
        // class 1: A = 2, e = [0, (2−0)/2, (2−0)/2, 0] = [0, 1, 1, 0]
        // L = ½ · Ts · Σ e² = ½ · 0.5 · 4.5
        NumSpikes loss = new NumSpikes(1, 3, 2, 0, TemporalKernel.delta(), 0.5);
        Tensor s = Tensor.variable(SPIKES);
        Tensor l = loss.loss(s, new int[] {0});
        assertEquals(1.125, l.item(), 1e-15);
        l.backward();
        assertArrayEquals(new double[] {0.5, -0.25, -0.25, 0.5}, train(s.grad(), 0), 1e-15);
        assertArrayEquals(new double[] {0, 0.5, 0.5, 0}, train(s.grad(), 1), 1e-15);
    }

    @Test
    void srmFilteredErrorIsAssignedThroughTheKernelCorrelation() {
        // ε taps [0, 1, 0.5]. The residual s − sg(s)·1_W is [1 0 0 1] / [0 0 0 0] in value, so
        // class 0: F(residual) = [0, 1, .5, 0], plus the count error −.5 on W → e = [0, .5, 0, 0]
        // class 1: F(residual) = 0, plus +1 on W                            → e = [0, 1, 1, 0]
        // L = ½ · 0.5 · (0.25 + 2);  ∂L/∂s[k] = Ts · Σ_t ε[t − k] · e[t]
        NumSpikes loss = new NumSpikes(1, 3, 2, 0, TemporalKernel.ofTaps(0, 1, 0.5), 0.5);
        Tensor s = Tensor.variable(SPIKES);
        Tensor l = loss.loss(s, new int[] {0});
        assertEquals(0.5625, l.item(), 1e-15);
        l.backward();
        assertArrayEquals(new double[] {0.25, 0, 0, 0}, train(s.grad(), 0), 1e-15);
        assertArrayEquals(new double[] {0.75, 0.5, 0, 0}, train(s.grad(), 1), 1e-15);
    }

    @Test
    void zeroWhenTheCountsHitTheTargets() {
        Tensor s = Tensor.variable(Trains.oneSample(new double[] {1, 0, 1, 0}, new double[] {0, 0, 0, 1}));
        Tensor l = NumSpikes.wholeSequence(2, 1).loss(s, new int[] {0});
        assertEquals(0, l.item(), 0);
        l.backward();
        assertEquals(Nd4j.zeros(s.dataType(), 4, 1, 2), s.grad());
    }

    @Test
    void wholeSequenceIsHalfTheSquaredCountErrorOverT() {
        // every step of W carries (A − D)/T, so L = ½ Σ (A − D)² / T
        INDArray spikes = Trains.bernoulli(9, 0.3, 10, 2, 3);
        int[] labels = {2, 1};
        INDArray counts = spikes.sum(0);
        double expected = 0;
        for (int b = 0; b < 2; b++) {
            for (int c = 0; c < 3; c++) {
                double d = counts.getDouble(b, c) - (c == labels[b] ? 6 : 1);
                expected += 0.5 * d * d / 10;
            }
        }
        assertEquals(expected, NumSpikes.wholeSequence(6, 1).loss(Tensor.variable(spikes), labels).item(), 1e-12);
    }

    @Test
    void gradientOfAPartialWindowMatchesCentralDifferences() {
        NumSpikes loss = new NumSpikes(2, 5, 3, 0.5, TemporalKernel.delta(), 0.25);
        GradientChecker.check(CheckOptions.defaults().withMaxEntries(30),
                in -> loss.loss(in[0], new int[] {1, 0}), Trains.uniform(6, 0, 1, 7, 2, 3)).assertOk();
    }

    @Test
    void windowsInMillisecondsAreRoundedLikeSlayer() {
        assertEquals(new NumSpikes(0, 300, 60, 10, TemporalKernel.delta(), 1),
                NumSpikes.fromMs(0, 300, 60, 10, TemporalKernel.delta(), 1));
        NumSpikes n = NumSpikes.fromMs(0.4, 2.6, 60, 10, TemporalKernel.delta(), 0.5);
        assertEquals(1, n.startStep());
        assertEquals(5, n.stopStep());
    }

    @Test
    void badWindowsAndCountsAreNamed() {
        TemporalKernel d = TemporalKernel.delta();
        assertEquals("stopStep must be > startStep (3) or TO_END (-1), got 3",
                assertThrows(IllegalArgumentException.class, () -> new NumSpikes(3, 3, 1, 0, d, 1)).getMessage());
        assertEquals("startStep must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> new NumSpikes(-1, 3, 1, 0, d, 1)).getMessage());
        assertEquals("falseCount must be a finite count >= 0, got -2.0",
                assertThrows(IllegalArgumentException.class, () -> new NumSpikes(0, 3, 1, -2, d, 1)).getMessage());
        assertEquals("errorKernel must be a TemporalKernel (TemporalKernel.delta() for none)",
                assertThrows(IllegalArgumentException.class, () -> new NumSpikes(0, 3, 1, 0, null, 1)).getMessage());
        NumSpikes tooLong = new NumSpikes(1, 9, 1, 0, d, 1);
        assertEquals("num-spikes: window [1, 9) does not fit in T = 4 steps", assertThrows(IllegalArgumentException.class,
                () -> tooLong.loss(Tensor.variable(SPIKES), new int[] {0})).getMessage());
    }
}
