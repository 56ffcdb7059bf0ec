package org.snn4j.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.CheckOptions;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.temporal.ExponentialKernel;
import org.snn4j.autograd.temporal.SrmAlphaKernel;
import org.snn4j.autograd.temporal.TemporalKernel;

/** SLAYER's van Rossum-type spike-time loss against the closed form of a shifted spike. */
class SpikeTimeTest {

    /** One train [T, 1, 1] with a spike at each of {@code steps}. */
    private static INDArray spikesAt(int length, int... steps) {
        double[] v = new double[length];
        for (int t : steps) {
            v[t] = 1;
        }
        return Trains.oneSample(v);
    }

    /**
     * Output spike at t0, target at t0 + d, exponential kernel a^n (a = e^(−Ts/τ)), M = T − t0 − d:
     * Σ (f_out − f_tgt)² = (1 − a^(2d))/(1 − a²) + (1 − a^d)² (1 − a^(2M))/(1 − a²).
     */
    private static double closedForm(double tauMs, double tsMs, int d, int m) {
        double a = Math.exp(-tsMs / tauMs);
        double sum = (1 - Math.pow(a, 2 * d)) / (1 - a * a) + Math.pow(1 - Math.pow(a, d), 2) * (1 - Math.pow(a, 2 * m)) / (1 - a * a);
        return 0.5 * tsMs * sum;
    }

    @Test
    void spikeShiftedByThreeStepsByHand() {
        SpikeTime loss = new SpikeTime(new ExponentialKernel(5, 1, 1e-12), 1);
        Tensor out = Tensor.variable(spikesAt(40, 2));
        double l = loss.loss(out, Tensor.constant(spikesAt(40, 5))).item();
        assertEquals(1.3685644936640788, l, 1e-13);
        assertEquals(closedForm(5, 1, 3, 35), l, 1e-13);
        SpikeTime halfMs = new SpikeTime(new ExponentialKernel(5, 0.5, 1e-12), 0.5);
        assertEquals(0.714823820902905, halfMs.loss(out, Tensor.constant(spikesAt(40, 5))).item(), 1e-13);
    }

    @Test
    void closedFormForEveryShift() {
        SpikeTime loss = new SpikeTime(new ExponentialKernel(4, 1, 1e-12), 1);
        for (int d = 0; d <= 10; d++) {
            double l = loss.loss(Tensor.variable(spikesAt(30, 3)), Tensor.constant(spikesAt(30, 3 + d))).item();
            assertEquals(closedForm(4, 1, d, 30 - 3 - d), l, 1e-13, "d = " + d);
        }
    }

    @Test
    void zeroLossAndZeroGradientForTheTargetItself() {
        INDArray s = Trains.bernoulli(3, 0.3, 12, 2, 3);
        Tensor out = Tensor.variable(s);
        Tensor l = new SpikeTime(new SrmAlphaKernel(2, 1), 1).loss(out, Tensor.constant(s.dup()));
        assertEquals(0, l.item(), 0);
        l.backward();
        assertEquals(Nd4j.zerosLike(s), out.grad());
    }

    @Test
    void gradientsForOutputAndTargetMatchCentralDifferences() {
        SpikeTime loss = new SpikeTime(new SrmAlphaKernel(3, 1), 0.5);
        GradientChecker.check(CheckOptions.defaults().withMaxEntries(30), in -> loss.loss(in[0], in[1]),
                Trains.uniform(1, 0, 1, 14, 2, 2), Trains.uniform(2, 0, 1, 14, 2, 2)).assertOk();
    }

    @Test
    void isHalfTauTimesTheSquaredVanRossumDistance() {
        INDArray out = Trains.bernoulli(4, 0.2, 25, 2, 2);
        INDArray tgt = Trains.bernoulli(5, 0.2, 25, 2, 2);
        double l = new SpikeTime(new ExponentialKernel(3, 0.5), 0.5).loss(Tensor.variable(out), Tensor.constant(tgt)).item();
        INDArray d = new VanRossumDistance(3, 0.5).distances(out, tgt);
        assertEquals(0.5 * 3 * d.mul(d).sumNumber().doubleValue(), l, 1e-12);
    }

    @Test
    void targetMustMatchTheOutput() {
        SpikeTime loss = new SpikeTime(TemporalKernel.delta(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loss.loss(Tensor.variable(spikesAt(5, 1)), Tensor.constant(spikesAt(6, 1))));
        assertEquals("spike-time: target shape [6, 1, 1] differs from output shape [5, 1, 1]", e.getMessage());
    }
}
