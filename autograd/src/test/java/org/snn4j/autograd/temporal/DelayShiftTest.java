package org.snn4j.autograd.temporal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.CheckOptions;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.check.RandomArrays;

/** Axonal delays: literal shifts and the delay gradient. */
class DelayShiftTest {

    private static INDArray column(double... v) {
        return Nd4j.createFromArray(v).reshape(v.length, 1, 1);
    }

    @Test
    void wholeAndFractionalShiftsByHand() {
        INDArray x = column(1, 2, 4, 0, 0, 0);
        INDArray y = DelayShift.apply(Tensor.constant(x), Tensor.constant(Nd4j.createFromArray(2.0)), 1.0).value();
        assertArrayEquals(new double[] {0, 0, 1, 2, 4, 0}, y.reshape(6).toDoubleVector(), 1e-12);
        // 1.25 ms at Ts = 0.5 ms is 2.5 steps: halfway between the shifts by 2 and by 3
        y = DelayShift.apply(Tensor.constant(x), Tensor.constant(Nd4j.createFromArray(1.25)), 0.5).value();
        assertArrayEquals(new double[] {0, 0, 0.5, 1.5, 3, 2}, y.reshape(6).toDoubleVector(), 1e-12);
    }

    @Test
    void perChannelDelaysApplyToEveryNeuronOfTheChannel() {
        INDArray x = Nd4j.zeros(DataType.DOUBLE, 4, 1, 2, 3);   // [T, B, C=2, 3]
        x.putScalar(new long[] {0, 0, 0, 2}, 1.0);
        x.putScalar(new long[] {0, 0, 1, 0}, 1.0);
        INDArray y = DelayShift.apply(Tensor.constant(x), Tensor.constant(Nd4j.createFromArray(1.0, 3.0)), 1.0).value();
        assertEquals(1.0, y.getDouble(1, 0, 0, 2), 0.0);
        assertEquals(1.0, y.getDouble(3, 0, 1, 0), 0.0);
        assertEquals(2.0, y.sumNumber().doubleValue(), 0.0);
    }

    @Test
    void gradientsPassTheCheckerAwayFromWholeSteps() {
        INDArray x = RandomArrays.uniform(1, -1, 1, 12, 2, 3);
        INDArray d = Nd4j.createFromArray(0.3, 2.6, 4.45);   // per neuron, none at a whole step
        GradientChecker.check(CheckOptions.defaults(), in -> DelayShift.apply(in[0], in[1], 1.0), x, d).assertOk();
        GradientChecker.check(CheckOptions.defaults(), in -> DelayShift.apply(in[0], in[1], 0.5), x,
                Nd4j.createFromArray(0.2, 1.7, 2.1)).assertOk();
    }

    /**
     * For a smooth input (a Gaussian bump, σ = 6 steps) and a smooth upstream gradient (a ramp),
     * the delay gradient equals the finite difference of the loss over the delay and the
     * continuous −Σ g(t)·ẋ(t − d).
     */
    @Test
    void delayGradientMatchesTheFiniteDifferenceOfASmoothedInput() {
        int steps = 80;
        double[] bump = new double[steps];
        double[] slope = new double[steps];
        double delay = 5.3;
        for (int t = 0; t < steps; t++) {
            double z = (t - 30) / 6.0;
            bump[t] = Math.exp(-0.5 * z * z);
        }
        INDArray x = column(bump);
        INDArray g = Nd4j.linspace(0, (steps - 1.0) / steps, steps, DataType.DOUBLE).reshape(steps, 1, 1);
        Tensor d = Tensor.variable(Nd4j.createFromArray(delay));
        DelayShift.apply(Tensor.constant(x), d, 1.0).backward(g, false);
        double analytic = d.grad().getDouble(0);
        double h = 1e-4;
        double fd = (loss(x, g, delay + h) - loss(x, g, delay - h)) / (2 * h);
        assertEquals(fd, analytic, 1e-8 * Math.abs(fd));
        double continuous = 0;
        for (int t = 0; t < steps; t++) {
            double z = (t - delay - 30) / 6.0;
            continuous += t / (double) steps * (z / 6.0) * Math.exp(-0.5 * z * z);   // −g·ẋ(t − d)
        }
        assertEquals(0.18799712024760432, continuous, 1e-12);
        assertEquals(continuous, analytic, 1e-5 * Math.abs(continuous));
    }

    private static double loss(INDArray x, INDArray g, double delay) {
        try (GradMode.Scope s = GradMode.noGrad()) {
            return DelayShift.apply(Tensor.constant(x), Tensor.constant(Nd4j.createFromArray(delay)), 1.0).value()
                    .mul(g).sumNumber().doubleValue();
        }
    }

    @Test
    void wrongDelayCountIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DelayShift.apply(
                Tensor.constant(Nd4j.zeros(5, 2, 4)), Tensor.constant(Nd4j.zeros(3)), 1.0));
        assertEquals(true, e.getMessage().contains("[4] (per neuron)"), e.getMessage());
    }
}
