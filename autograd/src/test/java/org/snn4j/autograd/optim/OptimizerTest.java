package org.snn4j.autograd.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.nn.Parameter;

/**
 * Two updates of θ = [1, −2] with gradients g1 = [0.5, 1] then g2 = [−1, 2], against values
 * worked out with PyTorch's update formulas (see each optimiser's javadoc), in float64.
 */
class OptimizerTest {
    private static final double[] G1 = {0.5, 1};
    private static final double[] G2 = {-1, 2};

    static Stream<Arguments> cases() {
        return Stream.of(
                // buf = g1; θ1 = θ0 − 0.1·g1.  buf = 0.9·g1 + g2 = [−0.55, 2.9]; θ2 = θ1 − 0.1·buf
                Arguments.of("sgd momentum", new SgdSpec(0.1, 0.9), new double[] {0.95, -2.1}, new double[] {1.005, -2.39}),
                // d = g + 0.01θ; Nesterov: θ ← θ − 0.1·(d + 0.9·buf)
                Arguments.of("sgd nesterov wd", new SgdSpec(0.1, 0.9, 0, true, 0.01),
                        new double[] {0.9031, -2.1862}, new double[] {1.05007411, -2.64142622}),
                // the first step ignores dampening; then buf = 0.9·g1 + 0.5·g2 = [−0.05, 1.9]
                Arguments.of("sgd dampening", new SgdSpec(0.1, 0.9, 0.5, false, 0),
                        new double[] {0.95, -2.1}, new double[] {0.955, -2.29}),
                // θ ← θ − 0.1·(g + 0.1θ)
                Arguments.of("sgd plain wd", new SgdSpec(0.1, 0, 0, false, 0.1),
                        new double[] {0.94, -2.08}, new double[] {1.0306, -2.2592}),
                // step 1: m̂ = g1, √v̂ = |g1| → θ moves by 0.1 per coordinate (minus the ε effect)
                Arguments.of("adam", new AdamSpec(0.1),
                        new double[] {0.900000002, -2.099999999}, new double[] {0.9366103542405654, -2.1965182009718336}),
                Arguments.of("adam L2", new AdamSpec(0.1, 0.9, 0.999, 1e-8, 0.1),
                        new double[] {0.9000000016666666, -2.09999999875}, new double[] {0.9252635194456061, -2.1952720095868674}),
                // θ·(1 − 0.1·0.1) first, then the Adam step
                Arguments.of("adamw", new AdamWSpec(0.1, 0.9, 0.999, 1e-8, 0.1),
                        new double[] {0.890000002, -2.079999999}, new double[] {0.9177103542205653, -2.1557182009818336}),
                Arguments.of("nadam", new NadamSpec(0.1),
                        new double[] {0.8943548242773647, -2.105645176779087}, new double[] {0.9850105723988076, -2.201939911198608}),
                Arguments.of("nadam L2", new NadamSpec(0.1, 0.9, 0.999, 1e-8, 0.1, 0.004),
                        new double[] {0.894354823925214, -2.105645176514974}, new double[] {0.9781568225677297, -2.2036246072003163}));
    }

    private static Parameter theta() {
        return new Parameter(Nd4j.createFromArray(1.0, -2.0));
    }

    private static void step(Optimizer opt, Parameter p, double[] g) {
        opt.zeroGrad();
        p.accumulateGrad(Nd4j.createFromArray(g));
        opt.step();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void twoStepsMatchTheHandComputedUpdate(String name, OptimizerSpec spec, double[] theta1, double[] theta2) {
        Parameter p = theta();
        Optimizer opt = spec.build(Map.of("w", p));
        step(opt, p, G1);
        assertArrayEquals(theta1, p.value().toDoubleVector(), 1e-12);
        step(opt, p, G2);
        assertArrayEquals(theta2, p.value().toDoubleVector(), 1e-12);
        assertEquals(2, opt.stepCount());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stateExportAndImportResumesExactly(String name, OptimizerSpec spec, double[] theta1, double[] theta2) {
        Parameter p = theta();
        Optimizer first = spec.build(Map.of("w", p));
        step(first, p, G1);
        Map<String, INDArray> state = first.stateTensors();
        Parameter q = new Parameter(p.value());
        Optimizer resumed = spec.build(Map.of("w", q));
        resumed.loadState(state, first.stepCount());
        step(resumed, q, G2);
        step(first, p, G2);
        assertArrayEquals(p.value().toDoubleVector(), q.value().toDoubleVector(), 0.0);
        assertArrayEquals(theta2, q.value().toDoubleVector(), 1e-12);
        assertEquals(2, resumed.stepCount());
    }

    @Test
    void stateKeysAreParameterDotSlot() {
        Parameter p = theta();
        Optimizer adam = new AdamSpec(0.1).build(Map.of("fc.weight", p));
        step(adam, p, G1);
        Map<String, INDArray> s = adam.stateTensors();
        assertEquals(java.util.List.of("fc.weight.step", "fc.weight.exp_avg", "fc.weight.exp_avg_sq"), java.util.List.copyOf(s.keySet()));
        assertEquals(0, s.get("fc.weight.step").rank());
        assertEquals(1.0, s.get("fc.weight.step").getDouble(0), 0.0);
        assertArrayEquals(new double[] {0.05, 0.1}, s.get("fc.weight.exp_avg").toDoubleVector(), 1e-15);
    }

    @Test
    void loadStateIsStrict() {
        Parameter p = theta();
        Optimizer adam = new AdamSpec(0.1).build(Map.of("w", p));
        Map<String, INDArray> bad = new LinkedHashMap<>();
        bad.put("w.exp_avg", Nd4j.zeros(DataType.DOUBLE, 3));
        bad.put("w.velocity", Nd4j.zeros(DataType.DOUBLE, 2));
        bad.put("v.exp_avg", Nd4j.zeros(DataType.DOUBLE, 2));
        bad.put("w.step", Nd4j.scalar(1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> adam.loadState(bad, 1));
        assertEquals("optimizer state does not match Adam: unexpected [v.exp_avg, w.velocity] (slots: [exp_avg, "
                + "exp_avg_sq, step]); wrong shape [w.exp_avg expected [2] got [3]]; incomplete [w lacks [exp_avg, exp_avg_sq]]",
                e.getMessage());
        assertEquals(0, adam.stepCount());
        assertTrue(adam.stateTensors().isEmpty(), "nothing loaded on failure");
    }

    @Test
    void parametersWithoutGradientAreSkipped() {
        Parameter a = theta();
        Parameter b = theta();
        Map<String, Parameter> params = new LinkedHashMap<>();
        params.put("a", a);
        params.put("b", b);
        Optimizer adam = new AdamSpec(0.1).build(params);
        a.accumulateGrad(Nd4j.createFromArray(G1));
        adam.step();
        assertArrayEquals(new double[] {1, -2}, b.value().toDoubleVector(), 0.0);
        assertNull(adam.stateTensors().get("b.step"));
        assertEquals(1.0, adam.stateTensors().get("a.step").getDouble(0), 0.0);
    }

    @Test
    void plainListsAreNamedByIndex() {
        Parameter a = theta();
        Parameter b = theta();
        assertEquals(java.util.List.of("0", "1"),
                java.util.List.copyOf(new SgdSpec(0.1).build(Optimizer.indexed(java.util.List.of(a, b))).parameters().keySet()));
    }

    @Test
    void sharedParameterIsUpdatedOnce() {
        Parameter a = theta();
        Map<String, Parameter> params = new LinkedHashMap<>();
        params.put("enc.weight", a);
        params.put("dec.weight", a);
        Optimizer sgd = new SgdSpec(0.1).build(params);
        assertEquals(java.util.List.of("enc.weight"), java.util.List.copyOf(sgd.parameters().keySet()));
        step(sgd, a, G1);
        assertArrayEquals(new double[] {0.95, -2.1}, a.value().toDoubleVector(), 1e-15);
    }

    @Test
    void learningRateIsSettableAndReportedInTheSpec() {
        Optimizer opt = new AdamWSpec(1e-3).build(Map.of("w", theta()));
        opt.setLearningRate(5e-4);
        assertEquals(new AdamWSpec(5e-4, 0.9, 0.999, 1e-8, 0.01), opt.spec());
        assertThrows(IllegalArgumentException.class, () -> opt.setLearningRate(-1));
        assertThrows(IllegalArgumentException.class, () -> opt.setLearningRate(Double.NaN));
    }

    @Test
    void specValidationNamesTheField() {
        assertEquals("AdamSpec.beta2 must be in [0.0, 1.0), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> new AdamSpec(0.1, 0.9, 1.0, 1e-8, 0)).getMessage());
        assertEquals("SgdSpec.nesterov needs momentum > 0 and dampening = 0, got momentum 0.0, dampening 0.0",
                assertThrows(IllegalArgumentException.class, () -> new SgdSpec(0.1, 0, 0, true, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SgdSpec(0.1).build(Map.of()));
    }

    @Test
    void float32ParametersKeepTheirType() {
        Parameter p = new Parameter(Nd4j.createFromArray(1f, -2f));
        Optimizer opt = new NadamSpec(0.1).build(Map.of("w", p));
        p.accumulateGrad(Nd4j.createFromArray(0.5f, 1f));
        opt.step();
        assertEquals(DataType.FLOAT, p.dataType());
        assertEquals(DataType.FLOAT, opt.stateTensors().get("w.exp_avg").dataType());
        assertArrayEquals(new float[] {0.8943548f, -2.1056452f}, p.value().toFloatVector(), 1e-6f);
    }
}
