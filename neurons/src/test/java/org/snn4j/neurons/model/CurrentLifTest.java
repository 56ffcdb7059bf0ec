package org.snn4j.neurons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.surrogate.ATan;

/**
 * The current-based LIF with synaptic kernel (Wu et al. 2018, STBP's membrane equation in kernel
 * form) on a trajectory worked by hand, both paths: rest and reset potentials differ, so the
 * membrane starts at and leaks towards u_rest but resets to u_reset. The registry sweeps
 * (fused-vs-reference, gradient check, layer tests) cover it through its registry line.
 */
class CurrentLifTest {

    @ParameterizedTest
    @EnumSource(ExecutionPath.class)
    void restAndResetPotentialsAreSeparate(ExecutionPath path) {
        // β = α = 0.5 (τ = τ_s = 1/ln 2 ms at dt = 1), u_rest = 0.25, u_reset = −0.5, θ = 1, reset to value:
        // i = 0.5·i + x;  h = 0.25 + 0.5·(v − 0.25) + i
        // t0 x=0.5:  i=0.5    h=0.25+0+0.5=0.75                   v=0.75
        // t1 x=0.5:  i=0.75   h=0.25+0.25+0.75=1.25 → spike        v=−0.5 (u_reset)
        // t2 x=0:    i=0.375  h=0.25−0.375+0.375=0.25              v=0.25
        // t3 x=0:    i=0.1875 h=0.25+0+0.1875=0.4375
        double tau = 1.0 / Math.log(2.0);
        Firing f = new Firing(1.0, ResetMode.TO_VALUE, -0.5, false, new ATan(), false);
        ModelCase m = ModelCase.of(new CurrentLifParameters(tau, tau, 0.25, 1.0, f), 1, DataType.DOUBLE);
        Tensor x = Tensor.constant(Nd4j.createFromArray(0.5, 0.5, 0.0, 0.0).reshape(4, 1, 1));
        double[] spikes = m.run(x, null, path, Readout.SPIKES).output().value().data().asDouble();
        double[] h = m.run(x, null, path, Readout.MEMBRANE).output().value().data().asDouble();
        assertArrayEquals(new double[] {0, 1, 0, 0}, spikes, 0.0);
        assertArrayEquals(new double[] {0.75, 1.25, 0.25, 0.4375}, h, 1e-15);
    }

    @Test
    void parametersNameTheBadField() {
        Firing f = Firing.defaults();
        String tau = assertThrows(IllegalArgumentException.class, () -> new CurrentLifParameters(10, 0, 0, 1, f)).getMessage();
        assertTrue(tau.contains("lif-current: synapseTauMs = 0.0") && tau.contains("(0, +inf)"), tau);
        String rest = assertThrows(IllegalArgumentException.class,
                () -> new CurrentLifParameters(10, 5, Double.NaN, 1, f)).getMessage();
        assertTrue(rest.contains("restPotential"), rest);
    }
}
