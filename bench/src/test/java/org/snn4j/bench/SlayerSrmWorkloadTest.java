package org.snn4j.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.junit.jupiter.api.Test;
import org.snn4j.autograd.Tensor;

class SlayerSrmWorkloadTest {

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
