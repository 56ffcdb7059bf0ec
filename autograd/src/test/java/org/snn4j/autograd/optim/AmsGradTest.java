package org.snn4j.autograd.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.nn.Parameter;

/**
 * Adam / AdamW with {@code amsgrad} against {@code torch.optim.Adam(amsgrad=True)}'s formula written
 * out here in float64 (torch's {@code _single_tensor_adam}):
 * <pre>
 * m = β1·m + (1 − β1)·g;  v = β2·v + (1 − β2)·g²;  v̂ = max(v̂, v)
 * θ ← θ − γ/(1 − β1ᵗ) · m / (√v̂ / √(1 − β2ᵗ) + ε)
 * </pre>
 */
class AmsGradTest {

    @Test
    void adamAmsgradFollowsTorchsFormulaInFloat64() {
        for (boolean decoupled : new boolean[] {false, true}) {
            double lr = 0.01;
            double b1 = 0.9;
            double b2 = 0.999;
            double eps = 1e-8;
            double wd = 0.05;
            int n = 9;
            SplittableRandom rng = new SplittableRandom(3);
            double[] theta = new double[n];
            for (int i = 0; i < n; i++) {
                theta[i] = rng.nextDouble(-1, 1);
            }
            Parameter w = new Parameter(Nd4j.createFromArray(theta.clone()));
            Map<String, Parameter> params = new LinkedHashMap<>();
            params.put("w", w);
            Optimizer opt = decoupled ? new AdamWSpec(lr, b1, b2, eps, wd, true).build(params)
                    : new AdamSpec(lr, b1, b2, eps, wd, true).build(params);
            double[] m = new double[n];
            double[] v = new double[n];
            double[] vMax = new double[n];
            int belowMax = 0;
            for (int t = 1; t <= 6; t++) {
                double scale = t <= 2 ? 1 : 0.05;
                double[] grad = new double[n];
                for (int i = 0; i < n; i++) {
                    grad[i] = scale * rng.nextDouble(-1, 1);
                }
                w.zeroGrad();
                w.accumulateGrad(Nd4j.createFromArray(grad.clone()));
                opt.step();
                for (int i = 0; i < n; i++) {
                    double g = grad[i];
                    if (decoupled) {
                        theta[i] *= 1 - lr * wd;
                    } else {
                        g += wd * theta[i];
                    }
                    m[i] = b1 * m[i] + (1 - b1) * g;
                    v[i] = b2 * v[i] + (1 - b2) * g * g;
                    belowMax += v[i] < vMax[i] ? 1 : 0;
                    vMax[i] = Math.max(vMax[i], v[i]);
                    double denom = Math.sqrt(vMax[i]) / Math.sqrt(1 - Math.pow(b2, t)) + eps;
                    theta[i] -= lr / (1 - Math.pow(b1, t)) * m[i] / denom;
                    assertEquals(theta[i], w.value().getDouble(i), 1e-14 * Math.max(1, Math.abs(theta[i])),
                            (decoupled ? "adamw" : "adam") + " step " + t + " element " + i);
                }
            }
            assertTrue(belowMax > n, "the test must exercise v < v̂, got " + belowMax);
        }
    }

    @Test
    void amsgradKeepsTheLargestSecondMoment() {
        Parameter w = new Parameter(Nd4j.zeros(DataType.DOUBLE, 1));
        Optimizer opt = new AdamSpec(0.01).withAmsgrad(true).build(Map.of("w", w));
        w.accumulateGrad(Nd4j.createFromArray(1.0));
        opt.step();
        assertEquals(-0.01, w.value().getDouble(0), 1e-9, "first step moves by lr·sign(g) (up to ε)");
        opt.zeroGrad();
        w.accumulateGrad(Nd4j.createFromArray(0.01));
        opt.step();
        // m = 0.091, v = 0.0009991 < v̂ = 0.001; bias corrections 0.19 and 1 − 0.999²
        assertEquals(-0.016771645, w.value().getDouble(0), 1e-9, "plain Adam would give -0.016774694");
        assertEquals(0.001, opt.stateTensors().get("w.max_exp_avg_sq").getDouble(0), 1e-15);
    }
}
