package org.snn4j.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.neurons.fused.FusedLinearCharge;

/**
 * The compact (16-bit, the default) σ state of the fused LIF against the exact float32 one on the
 * LIF-MLP recipe at tiny sizes (T = 6, B = 8, 48 hidden): every parameter gradient within 10⁻⁴
 * relative (L2 norm; at most 1.3·10⁻⁵ measured), and the losses of six Adam steps within 0.1 %
 * (equal in all six when measured).
 */
class CompactNeuronStateTest {
    private boolean before;

    @BeforeEach
    void remember() {
        before = FusedLinearCharge.compactState();
    }

    @AfterEach
    void restore() {
        FusedLinearCharge.setCompactState(before);
    }

    @Test
    void gradientsWithinATenThousandthRelative() {
        FusedLinearCharge.setCompactState(false);
        Map<String, INDArray> exact = new LifMlpWorkload(5, 6, 8, 48).gradients();
        FusedLinearCharge.setCompactState(true);
        Map<String, INDArray> compact = new LifMlpWorkload(5, 6, 8, 48).gradients();
        exact.forEach((k, g) -> {
            double rel = g.sub(compact.get(k)).norm2Number().doubleValue() / g.norm2Number().doubleValue();
            assertTrue(rel <= 1e-4, k + ": relative L2 difference " + rel);
        });
    }

    @Test
    void lossCurveWithinATenthOfAPercent() {
        double[] exact = losses(false);
        double[] compact = losses(true);
        for (int i = 0; i < exact.length; i++) {
            assertTrue(Math.abs(exact[i] - compact[i]) <= 1e-3 * Math.abs(exact[i]),
                    "step " + i + ": exact " + exact[i] + " vs compact " + compact[i]);
        }
    }

    private static double[] losses(boolean compact) {
        FusedLinearCharge.setCompactState(compact);
        LifMlpWorkload w = new LifMlpWorkload(9, 6, 8, 48);
        double[] out = new double[6];
        for (int i = 0; i < out.length; i++) {
            out[i] = w.step();
        }
        return out;
    }
}
