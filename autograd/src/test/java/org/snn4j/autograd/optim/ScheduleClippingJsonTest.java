package org.snn4j.autograd.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Parameter;

class ScheduleClippingJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void stepDecayHalvesEveryThreeIndices() {
        StepDecay s = new StepDecay(0.8, 3, 0.5);
        double[] expected = {0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2};
        for (int t = 0; t < expected.length; t++) {
            assertEquals(expected[t], s.lr(t), 1e-15, "t=" + t);
        }
    }

    @Test
    void cosineAnnealingHitsItsLandmarks() {
        CosineAnnealing s = new CosineAnnealing(1.0, 4, 0.2);
        // minLr + (base − minLr)(1 + cos(πt/4))/2
        assertEquals(1.0, s.lr(0), 1e-15);
        assertEquals(0.2 + 0.8 * (1 + Math.sqrt(0.5)) / 2, s.lr(1), 1e-15);
        assertEquals(0.6, s.lr(2), 1e-15);
        assertEquals(0.2, s.lr(4), 1e-15);
        assertEquals(0.2, s.lr(9), 1e-15);
    }

    @Test
    void linearWarmupThenTheInnerSchedule() {
        LrSchedule s = new LinearWarmup(4, 0.2, new StepDecay(1.0, 2, 0.1));
        // t < 4: 1.0·(0.2 + 0.8·t/4); then StepDecay from its own t = 0
        double[] expected = {0.2, 0.4, 0.6, 0.8, 1.0, 1.0, 0.1, 0.1, 0.01};
        for (int t = 0; t < expected.length; t++) {
            assertEquals(expected[t], s.lr(t), 1e-15, "t=" + t);
        }
    }

    @Test
    void applyToSetsTheOptimizersRate() {
        Optimizer opt = new SgdSpec(1.0).build(Map.of("w", new Parameter(Nd4j.zeros(2))));
        new StepDecay(0.8, 3, 0.5).applyTo(opt, 3);
        assertEquals(0.4, opt.learningRate(), 1e-15);
    }

    @Test
    void schedulesAndSpecsRoundTripWithLogicalNames() throws Exception {
        LrSchedule s = new LinearWarmup(5, 0.1, new CosineAnnealing(1e-3, 45, 0));
        String json = JSON.writerFor(LrSchedule.class).writeValueAsString(s);
        assertEquals("{\"type\":\"warmup\",\"warmup\":5,\"startFactor\":0.1,\"after\":{\"type\":\"cosine\","
                + "\"baseLr\":0.001,\"tMax\":45,\"minLr\":0.0}}", json);
        assertEquals(s, JSON.readValue(json, LrSchedule.class));
        for (OptimizerSpec spec : List.of(new SgdSpec(0.1, 0.9, 0, true, 1e-4), new AdamSpec(1e-3), new AdamWSpec(1e-3),
                new NadamSpec(2e-3))) {
            String text = JSON.writerFor(OptimizerSpec.class).writeValueAsString(spec);
            assertEquals(spec, JSON.readValue(text, OptimizerSpec.class), text);
        }
        assertEquals("{\"type\":\"sgd\",\"lr\":0.1,\"momentum\":0.0,\"dampening\":0.0,\"nesterov\":false,\"weightDecay\":0.0}",
                JSON.writerFor(OptimizerSpec.class).writeValueAsString(new SgdSpec(0.1)));
    }

    @Test
    void clipByNormRescalesToTheMaximumAndReturnsTheTotal() {
        Parameter a = new Parameter(Nd4j.zeros(DataType.DOUBLE, 2));
        Parameter b = new Parameter(Nd4j.zeros(DataType.DOUBLE, 1));
        Parameter none = new Parameter(Nd4j.zeros(DataType.DOUBLE, 3));
        a.accumulateGrad(Nd4j.createFromArray(3.0, 4.0));
        b.accumulateGrad(Nd4j.createFromArray(12.0));
        List<Tensor> params = List.of(a, b, none);
        assertEquals(13.0, GradClipping.clipByNorm(params, 6.5), 1e-12);
        double c = 6.5 / (13 + 1e-6);
        assertArrayEquals(new double[] {3 * c, 4 * c}, a.grad().toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {12 * c}, b.grad().toDoubleVector(), 1e-12);
        assertEquals(6.5, GradClipping.clipByNorm(params, 100), 1e-5);
        assertArrayEquals(new double[] {12 * c}, b.grad().toDoubleVector(), 0.0, "below the maximum: unchanged");
        assertThrows(IllegalArgumentException.class, () -> GradClipping.clipByNorm(params, 0));
    }

    @Test
    void scheduleValidation() {
        assertEquals("StepDecay.stepSize must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new StepDecay(1, 0, 0.5)).getMessage());
        assertEquals("CosineAnnealing.minLr must be in [0, 0.1], got 0.5",
                assertThrows(IllegalArgumentException.class, () -> new CosineAnnealing(0.1, 10, 0.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LinearWarmup(0, 0.1, new ConstantLr(1)));
    }
}
