package org.snn4j.autograd.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Parameter;

/**
 * Central-difference check of a float64 module's parameter gradients, the parameter-side
 * counterpart of the shared {@code GradientChecker} (which differentiates inputs): the loss is
 * {@code L = Σ r ⊙ module(x)} with seeded weights r, the model is re-seeded before every forward
 * (so dropout masks repeat), and up to 16 seeded entries per parameter are compared with
 * a relative tolerance (1e-5 by default) and absolute floor 1e-8.
 */
public final class ParameterGradients {
    private static final double H = 1e-6;

    private ParameterGradients() {
    }

    /** Up to 16 entries per parameter, relative tolerance 1e-5. */
    public static void assertMatchFiniteDifferences(Module m, INDArray x) {
        assertMatchFiniteDifferences(m, x, 16, 1e-5);
    }

    /** Up to {@code entries} seeded entries per parameter, relative tolerance {@code rtol} (absolute floor 1e-8). */
    public static void assertMatchFiniteDifferences(Module m, INDArray x, int entries, double rtol) {
        Tensor y0 = forward(m, x, true);
        INDArray r = RandomArrays.uniform(7, -1, 1, y0.shape());
        m.zeroGrad();
        y0.backward(r, false);
        SplittableRandom pick = new SplittableRandom(3);
        for (Map.Entry<String, Parameter> e : m.namedParameters().entrySet()) {
            INDArray v = e.getValue().value();
            INDArray analytic = e.getValue().grad();
            assertTrue(analytic != null, e.getKey() + " got no gradient");
            for (int k = 0; k < Math.min(entries, v.length()); k++) {
                long j = v.length() <= entries ? k : pick.nextLong(v.length());
                double orig = v.getDouble(j);
                v.putScalar(j, orig + H);
                double plus = loss(m, x, r);
                v.putScalar(j, orig - H);
                double minus = loss(m, x, r);
                v.putScalar(j, orig);
                double numeric = (plus - minus) / (2 * H);
                double a = analytic.getDouble(j);
                double err = Math.abs(a - numeric);
                if (err > 1e-8) {
                    assertEquals(0, err / Math.max(Math.abs(a), Math.abs(numeric)), rtol,
                            e.getKey() + "[" + j + "]: analytic " + a + " numeric " + numeric);
                }
            }
        }
    }

    private static Tensor forward(Module m, INDArray x, boolean grad) {
        m.reseed(11);
        return m.forward(grad ? Tensor.variable(x) : Tensor.constant(x));
    }

    private static double loss(Module m, INDArray x, INDArray r) {
        try (GradMode.Scope s = GradMode.noGrad()) {
            return forward(m, x, false).value().mul(r).sumNumber().doubleValue();
        }
    }
}
