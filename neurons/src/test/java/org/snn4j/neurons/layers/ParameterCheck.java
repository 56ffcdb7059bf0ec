package org.snn4j.neurons.layers;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Parameter;

/**
 * Central differences of {@code L = Σ r ⊙ module(x)} in every parameter entry of a float64 module
 * (the shared checker differentiates inputs only). The module is re-seeded before each forward so
 * dropout masks repeat; up to 4 seeded entries per parameter, relative tolerance 1e-6 with an
 * absolute floor of 1e-8.
 */
final class ParameterCheck {
    private static final double H = 1e-6;

    private ParameterCheck() {
    }

    static void assertParameterGradients(Module m, INDArray x) {
        m.reseed(11);
        Tensor y = m.forward(Tensor.constant(x));
        INDArray r = RandomArrays.uniform(7, -1, 1, y.shape());
        m.zeroGrad();
        y.backward(r, false);
        SplittableRandom pick = new SplittableRandom(3);
        for (Map.Entry<String, Parameter> e : m.namedParameters().entrySet()) {
            INDArray v = e.getValue().value();
            INDArray analytic = e.getValue().grad();
            assertNotNull(analytic, e.getKey() + " got no gradient");
            for (int k = 0; k < Math.min(4, v.length()); k++) {
                long j = v.length() <= 4 ? k : pick.nextLong(v.length());
                double orig = v.getDouble(j);
                v.putScalar(j, orig + H);
                double plus = loss(m, x, r);
                v.putScalar(j, orig - H);
                double minus = loss(m, x, r);
                v.putScalar(j, orig);
                double numeric = (plus - minus) / (2 * H);
                double a = analytic.getDouble(j);
                double err = Math.abs(a - numeric);
                assertTrue(err <= 1e-8 || err / Math.max(Math.abs(a), Math.abs(numeric)) <= 1e-6,
                        e.getKey() + "[" + j + "]: analytic " + a + ", numeric " + numeric);
            }
        }
    }

    private static double loss(Module m, INDArray x, INDArray r) {
        try (GradMode.Scope s = GradMode.noGrad()) {
            m.reseed(11);
            return m.forward(Tensor.constant(x)).value().mul(r).sumNumber().doubleValue();
        }
    }
}
