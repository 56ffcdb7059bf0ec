package org.snn4j.neurons.slayer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.snn4j.neurons.surrogate.SlayerPdf;

/** ε and ν of the parameter record sample by sample, ρ as the SLAYER surrogate, and parameter validation. */
class SrmParametersTest {
    private static final double TOL = 1e-12;

    @Test
    void epsilonOfTheNmnistNeuronHasSeventySevenTapsPeakingAtTauSr() {
        double[] eps = SrmParameters.defaults().epsilon().taps();
        assertEquals(77, eps.length);
        assertEquals(0.0, eps[0], TOL);
        assertEquals(0.245960311115695, eps[1], TOL);     // 0.1·e^0.9
        assertEquals(0.4451081856984936, eps[2], TOL);    // 0.2·e^0.8
        assertEquals(1.0, eps[10], TOL);                  // the peak, t = τ_sr
        assertEquals(0.7357588823428847, eps[20], TOL);   // 2·e^-1
        assertEquals(0.010338797085363992, eps[76], TOL); // the last sample ≥ 0.01 (7.6·e^-6.6)
    }

    @Test
    void nuOfTheNmnistNeuronHasElevenTapsAndPeakMinusTwoTheta() {
        double[] nu = SrmParameters.defaults().nu().taps();
        double[] expected = {0.0, -20.0, -14.715177646857693, -8.120116994196762, -3.9829654694291157,
            -1.8315638888734178, -0.8085536398902561, -0.3470253047332902, -0.1459011144887226,
            -0.06038327302245213, -0.024681960817335914};
        assertArrayEquals(expected, nu, TOL);   // ν(11) = −220·e^-10 ≈ −0.00999 is cut
    }

    @Test
    void halfMillisecondSamplingDoublesTheTapsAndSamplesBetween() {
        SrmParameters p = new SrmParameters(10, 10, 1, 2, 1, 1, 0.5, 300);
        double[] eps = p.epsilon().taps();
        assertEquals(153, eps.length);
        assertEquals(0.12928548296579231, eps[1], TOL);   // t = 0.5 ms: 0.05·e^0.95
        assertEquals(0.245960311115695, eps[2], TOL);     // t = 1 ms
    }

    @Test
    void kernelsNeverExceedTheSampleLength() {
        SrmParameters p = new SrmParameters(10, 10, 1, 2, 1, 1, 1, 50);
        assertEquals(50, p.epsilon().taps().length);
    }

    @Test
    void zeroScaleRefGivesAZeroRefractoryKernel() {
        SrmParameters p = new SrmParameters(10, 10, 1, 0, 1, 1, 1, 300);
        for (double v : p.nu().taps()) {
            assertEquals(0.0, v, 0.0);
        }
    }

    @Test
    void densityIsTheSlayerPdfSurrogateScaledByTsForBothVariants() {
        SrmParameters p = SrmParameters.defaults();              // θ = 10, tauRho = scaleRho = 1
        assertEquals(0.1, rho(p, 10.0), TOL);                    // 1/(1·10) at u = θ
        assertEquals(0.036787944117144235, rho(p, 20.0), TOL);   // 0.1·e^-1
        assertEquals(0.036787944117144235, rho(p, 0.0), TOL);    // symmetric in u − θ
        SrmParameters lava = p.withPdf(PdfVariant.LAVA_DL);
        assertEquals(0.05, rho(lava, 10.0), TOL);
        assertEquals(0.018393972058572117, rho(lava, 20.0), TOL);
        SrmParameters recipe = p.withRho(0.1, 0.25);              // width 1, peak 0.25
        assertEquals(0.25, rho(recipe, 10.0), TOL);
        assertEquals(0.09196986029286058, rho(recipe, 11.0), TOL);
        assertEquals(0.5 * 0.25, rho(new SrmParameters(10, 10, 1, 2, 0.1, 0.25, 0.5, 300), 10.0), TOL); // Ts·ρ
        assertEquals(new SlayerPdf(0.5 * 0.25, 0.1, 10), new SrmParameters(10, 10, 1, 2, 0.1, 0.25, 0.5, 300).surrogate());
    }

    /** ∂s/∂u = Ts·ρ(u), the surrogate's derivative at u − θ. */
    private static double rho(SrmParameters p, double u) {
        return p.surrogate().derivative(u - p.theta());
    }

    @Test
    void invalidParametersNameTheFieldAndRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SrmParameters(0, 10, 1, 2, 1, 1, 1, 300));
        assertTrue(e.getMessage().contains("theta") && e.getMessage().contains("(0, +inf)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SrmParameters(10, 10, 1, -1, 1, 1, 1, 300));
        assertTrue(e.getMessage().contains("scaleRef"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SrmParameters(10, 10, 1, 2, 1, 1, 1, 0));
        assertTrue(e.getMessage().contains("tSampleSteps") && e.getMessage().contains(">= 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new SrmParameters(10, 10, 1, 2, 1, 1, 1, 300, 0.01, null));
        assertTrue(e.getMessage().contains("pdf"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SrmParameters(10, 10, Double.NaN, 2, 1, 1, 1, 300));
        assertTrue(e.getMessage().contains("tauRefMs"), e.getMessage());
    }
}
