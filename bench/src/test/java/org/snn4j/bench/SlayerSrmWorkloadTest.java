package org.snn4j.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.junit.jupiter.api.Test;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.optim.AdamSpec;

class SlayerSrmWorkloadTest {

    @Test
    void amsGradKeepsTheLargestSecondMoment() {
        Parameter w = new Parameter(Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 1));
        SlayerAmsGrad opt = new SlayerAmsGrad(Map.of("w", w), new AdamSpec(0.01));
        w.accumulateGrad(Nd4j.createFromArray(1.0));
        opt.step();
        assertEquals(-0.01, w.value().getDouble(0), 1e-9, "first step moves by lr·sign(g) (up to ε)");
        opt.zeroGrad();
        w.accumulateGrad(Nd4j.createFromArray(0.01));
        opt.step();
        // m = 0.091, v = 0.0009991 < v̂ = 0.001; bias corrections 0.19 and 1 − 0.999²
        double denom = Math.sqrt(0.001) / Math.sqrt(1 - 0.999 * 0.999) + 1e-8;
        assertEquals(-0.01 - 0.01 * 0.091 / 0.19 / denom, w.value().getDouble(0), 1e-9);
        assertEquals(-0.016771645, w.value().getDouble(0), 1e-9, "plain Adam would give -0.016774694");
    }

    @Test
    void workloadMatchesTheScriptsShapesAndRates() {
        SlayerSrmWorkload w = new SlayerSrmWorkload(0);
        assertEquals(0.01, w.inputRate(), 0.0005, "Bernoulli p = 0.01");
        Tensor out = w.forward();
        assertArrayEquals(new long[] {300, 12, 10}, out.shape());
        INDArray counts = out.value().sum(0);
        int[] y = w.labels();
        double expected = 0;
        for (int b = 0; b < 12; b++) {
            for (int c = 0; c < 10; c++) {
                double d = counts.getDouble(b, c) - (c == y[b] ? 60 : 10);
                expected += d * d;
            }
        }
        assertEquals(0.5 * expected / 12, w.loss(out).item(), 1e-3 * Math.max(1, expected));
    }

    @Test
    void aTrainingStepChangesBothWeightsAndIsSeeded() {
        SlayerSrmWorkload a = new SlayerSrmWorkload(7);
        SlayerSrmWorkload b = new SlayerSrmWorkload(7);
        INDArray before = a.hiddenWeight().value().dup();
        double la = a.step();
        double lb = b.step();
        assertEquals(la, lb, 0.0, "same seed, same loss");
        assertTrue(Double.isFinite(la) && la > 0);
        assertNotEquals(0.0, a.hiddenWeight().value().sub(before).norm2Number().doubleValue());
        assertEquals(a.hiddenWeight().value(), b.hiddenWeight().value());
    }
}
