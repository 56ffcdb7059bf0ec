package org.snn4j.neurons.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every registered surrogate satisfies, with its defaults and with other values. */
class SurrogateContractTest {

    /** Every registry entry, with defaults and with every hyperparameter scaled by 1.7. */
    static Stream<Surrogate> surrogates() {
        return Surrogates.all().stream().flatMap(s -> Stream.of(s, scaled(s, 1.7)));
    }

    private static Surrogate scaled(Surrogate s, double factor) {
        Map<String, Double> h = new java.util.LinkedHashMap<>();
        s.hyperparameters().forEach((k, v) -> h.put(k, v * factor));
        return Surrogates.byName(s.name(), h);
    }

    /** Points on [−3, 3] that avoid the kinks of the piecewise surrogates by an irrational offset. */
    private static double[] grid() {
        double[] x = new double[241];
        for (int i = 0; i < x.length; i++) {
            x[i] = -3.0 + i * 0.025 + 0.0031415926;
        }
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surrogates")
    void derivativeIsTheCentralDifferenceOfThePrimitive(Surrogate s) {
        double eps = 1e-6;
        for (double x : grid()) {
            double numeric = (s.primitive(x + eps) - s.primitive(x - eps)) / (2 * eps);
            double analytic = s.derivative(x);
            // relative error 1e-5 with an absolute floor for the cancellation in σ(x+ε) − σ(x−ε)
            double tolerance = 1e-5 * Math.max(Math.abs(numeric), Math.abs(analytic)) + 1e-9;
            assertTrue(Math.abs(numeric - analytic) <= tolerance, s + " at x=" + x + ": derivative " + analytic + " vs central difference " + numeric);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surrogates")
    void primitiveIsMonotoneFromZeroToTotalMass(Surrogate s) {
        double prev = s.primitive(-1e12);
        assertEquals(0.0, prev, 1e-9, s + " at -inf");
        for (double x : grid()) {
            double p = s.primitive(x);
            assertTrue(p >= prev, s + " decreases at x=" + x);
            assertTrue(s.derivative(x) >= 0, s + " has a negative derivative at x=" + x);
            prev = p;
        }
        assertEquals(s.totalMass(), s.primitive(1e12), 1e-9, s + " at +inf");
    }

    /** The compact BPTT state codes σ' relative to {@link Surrogate#peak}, so no value may exceed it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("surrogates")
    void peakIsTheLargestDerivative(Surrogate s) {
        double peak = s.peak();
        assertTrue(peak > 0 && Double.isFinite(peak), s + " peak " + peak);
        for (double x : grid()) {
            assertTrue(s.derivative(x) <= peak, s + " at x=" + x + ": " + s.derivative(x) + " above the peak " + peak);
        }
        for (double x = -1e-3; x <= 1e-3; x += 1e-5) {
            assertTrue(s.derivative(x) <= peak, s + " near 0, x=" + x);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surrogates")
    void bulkDerivativeMatchesScalarDerivative(Surrogate s) {
        double[] x = grid();
        double[] y = x.clone();
        s.derivativeInPlace(y, 10, 200);
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        s.derivativeInPlace(f, 10, 200);
        for (int i = 0; i < x.length; i++) {
            double expected = i >= 10 && i < 200 ? s.derivative(x[i]) : x[i];
            assertEquals(expected, y[i], 0.0, s + " index " + i);
            double expectedFloat = i >= 10 && i < 200 ? s.derivative((float) x[i]) : (float) x[i];
            // float32 round-off relative to the surrogate's peak σ'(0)
            assertEquals(expectedFloat, f[i], 1e-6 * s.derivative(0), s + " float32 index " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surrogates")
    void registryRoundTripsNameAndHyperparameters(Surrogate s) {
        assertEquals(s, Surrogates.byName(s.name(), s.hyperparameters()));
    }

    @Test
    void literalValuesAtZero() {
        assertEquals(1.0, new ATan(2.0).derivative(0), 1e-15);          // α/2
        assertEquals(0.5, new ATan(2.0).primitive(0), 1e-15);
        assertEquals(1.0, new Sigmoid(4.0).derivative(0), 1e-15);       // α/4
        assertEquals(1.0, new Rectangular(1.0).derivative(0.49), 0.0);
        assertEquals(0.0, new Rectangular(1.0).derivative(0.51), 0.0);
        assertEquals(0.5, new Triangle(1.0).derivative(0.5), 1e-15);    // (1 − 0.5)/1
        assertEquals(1.0, new FastSigmoid(25).derivative(0), 0.0);
        assertEquals(1.0 / 36.0, new FastSigmoid(25).derivative(0.2), 1e-15); // 1/(1+5)²
        assertEquals(0.5, new PiecewiseExponential(1.0).derivative(0), 1e-15);
        assertEquals(1.0 / Math.sqrt(2 * Math.PI), new Gaussian(1.0).derivative(0), 1e-15);
        // SLAYER: scaleRho/(tauRho·θ)·exp(−|x|/(tauRho·θ)) = 1/(1·2)·exp(−1/2)
        assertEquals(0.5 * Math.exp(-0.5), new SlayerPdf(1.0, 1.0, 2.0).derivative(-1.0), 1e-15);
    }

    @Test
    void unknownNamesAndHyperparametersAreClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Surrogates.byName("tanh"));
        assertTrue(e.getMessage().contains("atan"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Surrogates.byName("atan", Map.of("beta", 1.0)));
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Sigmoid(-1.0));
        assertTrue(e.getMessage().contains("alpha") && e.getMessage().contains("(0, +inf)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Gaussian(Double.NaN));
    }
}
