package org.snn4j.neurons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.surrogate.ATan;

/**
 * The gradient through the reset, worked by hand for one IF neuron (θ = 1, atan α = 2, so
 * σ'(z) = 1/(1 + (πz)²)) on x = (1.25, 0.5) with loss L = s[1]:
 * <pre>
 * t0: h0 = 1.25 → s0 = 1,  σ'(h0 − 1) = σ'(0.25) = Q = 1/(1 + π²/16)
 * t1: h1 = v0 + 0.5, and ∂L/∂x1 = σ'(h1 − 1),  ∂L/∂x0 = σ'(h1 − 1)·∂v0/∂h0
 *   SUBTRACT  v0 = h0 − s0 = 0.25, h1 = 0.75, σ'(−0.25) = Q
 *             ∂v0/∂h0 = 1 − σ'(h0 − 1) = 1 − Q attached, 1 detached
 *   TO_VALUE  v0 = (1 − s0)·h0 = 0, h1 = 0.5, σ'(−0.5) = P = 1/(1 + π²/4)
 *             ∂v0/∂h0 = (1 − s0) − h0·σ'(h0 − 1) = −1.25·Q attached, 1 − s0 = 0 detached
 *   NONE      v0 = h0, h1 = 1.75, σ'(0.75) = R = 1/(1 + 9π²/16), ∂v0/∂h0 = 1
 * </pre>
 */
class DetachResetTest {
    private static final double Q = 1.0 / (1.0 + Math.PI * Math.PI / 16.0);
    private static final double P = 1.0 / (1.0 + Math.PI * Math.PI / 4.0);
    private static final double R = 1.0 / (1.0 + 9.0 * Math.PI * Math.PI / 16.0);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(ResetMode.SUBTRACT, false, Q * (1 - Q), Q),
                Arguments.of(ResetMode.SUBTRACT, true, Q, Q),
                Arguments.of(ResetMode.TO_VALUE, false, -1.25 * Q * P, P),
                Arguments.of(ResetMode.TO_VALUE, true, 0.0, P),
                Arguments.of(ResetMode.NONE, false, R, R),
                Arguments.of(ResetMode.NONE, true, R, R));
    }

    @ParameterizedTest(name = "{0} detach={1}")
    @MethodSource("cases")
    void gradientThroughTheReset(ResetMode reset, boolean detach, double dx0, double dx1) {
        Firing f = new Firing(1.0, reset, 0.0, detach, new ATan(2.0), false);
        ModelCase model = ModelCase.of(new IfParameters(f), 1, DataType.DOUBLE);
        for (ExecutionPath path : ExecutionPath.values()) {
            Tensor x = Tensor.variable(Nd4j.createFromArray(1.25, 0.5).reshape(2, 1, 1));
            Tensor s = model.run(x, null, path, Readout.SPIKES).output();
            s.backward(Nd4j.createFromArray(0.0, 1.0).reshape(2, 1, 1), false);
            assertArrayEquals(new double[] {dx0, dx1}, x.grad().dup('c').data().asDouble(), 1e-15, path.toString());
        }
    }
}
