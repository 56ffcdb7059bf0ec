package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

/** Activation composites: literal values, derivatives at 0, no overflow at extreme inputs. */
class ActivationsTest {

    private static Tensor var(double... v) {
        return Tensor.variable(Nd4j.createFromArray(v));
    }

    @Test
    void softmaxOfOneTwoThree() {
        double[] s = Activations.softmax(var(1, 2, 3), 0).value().toDoubleVector();
        assertArrayEquals(new double[] {0.09003057317038046, 0.24472847105479767, 0.6652409557748219}, s, 1e-15);
    }

    @Test
    void softmaxAndLogSoftmaxSurviveHugeLogits() {
        Tensor x = var(1000, 0, -1000);
        Tensor s = Activations.softmax(x, 0);
        assertArrayEquals(new double[] {1, 0, 0}, s.value().toDoubleVector(), 1e-300);
        assertArrayEquals(new double[] {0, -1000, -2000}, Activations.logSoftmax(x, 0).value().toDoubleVector(), 1e-12);
        Activations.logSoftmax(x, 0).backward(Nd4j.createFromArray(1.0, 0, 0), false);
        assertArrayEquals(new double[] {0, 0, 0}, x.grad().toDoubleVector(), 1e-300);
    }

    @Test
    void sigmoidValuesAndTheDerivativeAtZero() {
        Tensor x = var(0, 2, -2, 1000, -1000);
        Tensor s = Activations.sigmoid(x);
        double e = 1 / (1 + Math.exp(-2));
        assertArrayEquals(new double[] {0.5, e, 1 - e, 1, 0}, s.value().toDoubleVector(), 1e-15);
        s.sum().backward();
        assertArrayEquals(new double[] {0.25, e * (1 - e), e * (1 - e), 0, 0}, x.grad().toDoubleVector(), 1e-15);
    }

    @Test
    void tanhMatchesTheLibraryToOneUlpOfOne() {
        double[] in = {-3, -0.5, 0, 1e-3, 0.7, 20};
        double[] out = Activations.tanh(var(in)).value().toDoubleVector();
        for (int i = 0; i < in.length; i++) {
            assertEquals(Math.tanh(in[i]), out[i], 4e-16, "tanh(" + in[i] + ")");
        }
    }

    @Test
    void softplusAndLogSigmoid() {
        Tensor x = var(0, 800, -800);
        Tensor sp = Activations.softplus(x);
        assertArrayEquals(new double[] {Math.log(2), 800, 0}, sp.value().toDoubleVector(), 1e-15);
        sp.sum().backward();
        assertArrayEquals(new double[] {0.5, 1, 0}, x.grad().toDoubleVector(), 1e-15);
        assertArrayEquals(new double[] {-Math.log(2), 0, -800}, Activations.logSigmoid(x).value().toDoubleVector(), 1e-15);
    }
}
