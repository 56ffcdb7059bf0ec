package org.snn4j.neurons.slayer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.snn4j.neurons.surrogate.SlayerPdf;

/** The vector-API density equals {@link SlayerPdf#derivativeInPlace} to the last bits of the exponential. */
class SpikeDensityTest {

    @Test
    void vectorDensityMatchesTheSurrogate() {
        boolean off = "off".equalsIgnoreCase(System.getProperty("snn4j.vector"));
        assertEquals(!off, SpikeDensity.VECTOR, "tests run with --add-modules jdk.incubator.vector (surefire argLine)"
                + " unless -Dsnn4j.vector=off; the vector loop below is tested either way");
        SlayerPdf pdf = new SlayerPdf(1.0, 1.0, 10.0);
        SplittableRandom rng = new SplittableRandom(5);
        int n = 1003;
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = i % 17 == 0 ? 10.0 : rng.nextDouble(-40, 60);
        }
        double[] ref = new double[n];
        double[] vec = new double[n];
        SpikeDensity.scalar(u, ref, n, 10.0, pdf);
        VectorDensity.slayer(u, vec, n, 10.0, pdf.peak(), pdf.inverseWidth());
        for (int i = 0; i < n; i++) {
            assertEquals(ref[i], vec[i], 4 * Math.ulp(ref[i]), "u = " + u[i]);
        }
        assertEquals(0.1, vec[0], 0.0, "ρ(θ) = scaleRho/(tauRho·θ)");
    }
}
