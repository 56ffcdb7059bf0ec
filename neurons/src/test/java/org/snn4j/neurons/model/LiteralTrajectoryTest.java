package org.snn4j.neurons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.surrogate.ATan;

/**
 * Membrane trajectories worked out by hand for one neuron (θ = 1), on both execution paths.
 * Inputs are multiples of 1/8 so that every value below is exact in binary.
 */
class LiteralTrajectoryTest {

    private static Firing firing(ResetMode reset) {
        return new Firing(1.0, reset, 0.0, false, new ATan(), false);
    }

    /** Runs a single neuron over {@code x}; returns {spikes, pre-reset membrane h}. */
    static double[][] run(NeuronParameters p, double[] x, ExecutionPath path) {
        ModelCase model = ModelCase.of(p, 1, DataType.DOUBLE);
        INDArray in = Nd4j.createFromArray(x).reshape(x.length, 1, 1);
        Tensor input = Tensor.constant(in);
        double[] spikes = model.run(input, null, path, Readout.SPIKES).output().value().data().asDouble();
        double[] h = model.run(input, null, path, Readout.MEMBRANE).output().value().data().asDouble();
        return new double[][] {spikes, h};
    }

    static Stream<Arguments> ifCases() {
        double[] x = {0.5, 0.75, 0.5, 0.25, 1.0};
        return Stream.of(
                // SUBTRACT: h = v + x; v = h − s
                // t0: h=0.5  s=0 v=0.5 | t1: h=1.25 s=1 v=0.25 | t2: h=0.75 s=0 v=0.75
                // t3: h=1.0  s=1 (tie: H(0) = 1) v=0 | t4: h=1.0 s=1 v=0
                Arguments.of(ResetMode.SUBTRACT, x, new double[] {0, 1, 0, 1, 1}, new double[] {0.5, 1.25, 0.75, 1.0, 1.0}),
                // TO_VALUE (vReset 0): t0 h=0.5 | t1 h=1.25 s=1 v=0 | t2 h=0.5 | t3 h=0.75 | t4 h=1.75 s=1
                Arguments.of(ResetMode.TO_VALUE, x, new double[] {0, 1, 0, 0, 1}, new double[] {0.5, 1.25, 0.5, 0.75, 1.75}),
                // NONE: h is the running sum 0.5, 1.25, 1.75, 2.0, 3.0; fires from t1 on
                Arguments.of(ResetMode.NONE, x, new double[] {0, 1, 1, 1, 1}, new double[] {0.5, 1.25, 1.75, 2.0, 3.0}));
    }

    @ParameterizedTest(name = "IF {0}")
    @MethodSource("ifCases")
    void integrateAndFire(ResetMode reset, double[] x, double[] spikes, double[] membrane) {
        NeuronParameters model = new IfParameters(firing(reset));
        for (ExecutionPath path : ExecutionPath.values()) {
            double[][] r = run(model, x, path);
            assertArrayEquals(spikes, r[0], 0.0, path + " spikes");
            assertArrayEquals(membrane, r[1], 0.0, path + " membrane");
        }
    }

    static Stream<Arguments> lifCases() {
        double[] x = {0.5, 0.875, 0.5, 1.0, 0.25};
        return Stream.of(
                // β = 0.5, h = 0.5·v + x, SUBTRACT v = h − s:
                // t0 h=0.5 v=0.5 | t1 h=0.25+0.875=1.125 s=1 v=0.125 | t2 h=0.0625+0.5=0.5625 v=0.5625
                // t3 h=0.28125+1=1.28125 s=1 v=0.28125 | t4 h=0.140625+0.25=0.390625
                Arguments.of(ResetMode.SUBTRACT, x, new double[] {0, 1, 0, 1, 0},
                        new double[] {0.5, 1.125, 0.5625, 1.28125, 0.390625}),
                // TO_VALUE: t1 h=1.125 s=1 v=0 | t2 h=0.5 | t3 h=0.25+1=1.25 s=1 v=0 | t4 h=0.25
                Arguments.of(ResetMode.TO_VALUE, x, new double[] {0, 1, 0, 1, 0},
                        new double[] {0.5, 1.125, 0.5, 1.25, 0.25}),
                // NONE: 0.5 | 1.125 | 0.5625+0.5=1.0625 | 0.53125+1=1.53125 | 0.765625+0.25=1.015625
                Arguments.of(ResetMode.NONE, x, new double[] {0, 1, 1, 1, 1},
                        new double[] {0.5, 1.125, 1.0625, 1.53125, 1.015625}));
    }

    @ParameterizedTest(name = "LIF (STBP form) {0}")
    @MethodSource("lifCases")
    void leakyIntegrateAndFire(ResetMode reset, double[] x, double[] spikes, double[] membrane) {
        NeuronParameters model = LifStbpParameters.withDecay(0.5, firing(reset));
        for (ExecutionPath path : ExecutionPath.values()) {
            double[][] r = run(model, x, path);
            assertArrayEquals(spikes, r[0], 0.0, path + " spikes");
            assertArrayEquals(membrane, r[1], 1e-15, path + " membrane");
        }
    }

    @ParameterizedTest
    @EnumSource(ExecutionPath.class)
    void stbpIterativeLifWorkedExample(ExecutionPath path) {
        // STBP's iterative LIF (Wu et al. 2018, the LIF-FP update u = β·u·(1 − o) + Σ w·o): dt = 0.1 ms, τ = 10 ms, β = exp(−0.01) ≈ 0.99005 (the note rounds it to 0.99);
        // weights (0.1, 0.2, 0.3), presynaptic spikes (1,0,0), (0,1,1), (1,1,1) give x = 0.1, 0.5, 0.6.
        // h1 = 0.1; h2 = β·0.1 + 0.5 = 0.599005; h3 = β·0.599005 + 0.6 = 1.193045 ≥ 1 → spike, reset to 0
        double beta = Math.exp(-0.01);
        NeuronParameters model = new LifStbpParameters(10.0, 0.1, firing(ResetMode.TO_VALUE));
        double[][] r = run(model, new double[] {0.1, 0.5, 0.6}, path);
        assertArrayEquals(new double[] {0, 0, 1}, r[0], 0.0);
        assertArrayEquals(new double[] {0.1, beta * 0.1 + 0.5, beta * (beta * 0.1 + 0.5) + 0.6}, r[1], 1e-15);
        assertArrayEquals(new double[] {0.1, 0.599005, 1.193045}, r[1], 1e-6);
    }

    @ParameterizedTest
    @EnumSource(ExecutionPath.class)
    void spikingJellyChargeForm(ExecutionPath path) {
        // τ = 2 (k = 0.5), decay_input, vReset 0, reset to value:
        // h0 = 0 + (1.5 − 0)/2 = 0.75 | h1 = 0.75 + (1.5 − 0.75)/2 = 1.125 → spike, v = 0 | h2 = (0.5 − 0)/2 = 0.25
        NeuronParameters on = new LifParameters(2.0, 1.0, true, firing(ResetMode.TO_VALUE));
        double[][] r = run(on, new double[] {1.5, 1.5, 0.5}, path);
        assertArrayEquals(new double[] {0, 1, 0}, r[0], 0.0);
        assertArrayEquals(new double[] {0.75, 1.125, 0.25}, r[1], 1e-15);
        // decay_input off: h0 = 0.5 | h1 = 0.5 − 0.25 + 0.5 = 0.75 | h2 = 0.375 + 0.75 = 1.125 → spike
        NeuronParameters off = new LifParameters(2.0, 1.0, false, firing(ResetMode.TO_VALUE));
        r = run(off, new double[] {0.5, 0.5, 0.75}, path);
        assertArrayEquals(new double[] {0, 0, 1}, r[0], 0.0);
        assertArrayEquals(new double[] {0.5, 0.75, 1.125}, r[1], 1e-15);
    }

    @ParameterizedTest
    @EnumSource(ExecutionPath.class)
    void adaptiveThreshold(ExecutionPath path) {
        // β = ρ = 0.5, jump 0.5, θ = 1, SUBTRACT removes A = θ + q:
        // t0 h=1.25 A=1    s=1 v=0.25   q=0.5
        // t1 h=1.375 A=1.5 s=0 v=1.375  q=0.25
        // t2 h=1.9375 A=1.25 s=1 v=0.6875 q=0.625
        // t3 h=1.59375 A=1.625 s=0
        double tau = 1.0 / Math.log(2.0);
        NeuronParameters model = new AlifParameters(tau, tau, 0.5, 1.0, firing(ResetMode.SUBTRACT));
        double[][] r = run(model, new double[] {1.25, 1.25, 1.25, 1.25}, path);
        assertArrayEquals(new double[] {1, 0, 1, 0}, r[0], 0.0);
        assertArrayEquals(new double[] {1.25, 1.375, 1.9375, 1.59375}, r[1], 1e-14);
    }

    @ParameterizedTest
    @EnumSource(ExecutionPath.class)
    void resetToANonZeroValueAlsoStartsThere(ExecutionPath path) {
        // IF, vReset = −0.25: v[−1] = −0.25 | h0 = 0.25 | h1 = 1.0 → spike, v = −0.25 | h2 = 0.25
        Firing f = new Firing(1.0, ResetMode.TO_VALUE, -0.25, false, new ATan(), false);
        double[][] r = run(new IfParameters(f), new double[] {0.5, 0.75, 0.5}, path);
        assertArrayEquals(new double[] {0, 1, 0}, r[0], 0.0);
        assertArrayEquals(new double[] {0.25, 1.0, 0.25}, r[1], 0.0);
    }
}
