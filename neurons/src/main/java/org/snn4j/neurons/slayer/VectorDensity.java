package org.snn4j.neurons.slayer;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link SpikeDensity}'s vector-API loop (loaded only when the JVM has the
 * {@code jdk.incubator.vector} module): SLAYER's {@code ρ = peak·exp(−|u − θ|·inverseWidth)}, in the
 * order {@link org.snn4j.neurons.surrogate.SlayerPdf#derivative} evaluates it.
 */
final class VectorDensity {
    private static final VectorSpecies<Double> LANES = DoubleVector.SPECIES_PREFERRED;

    private VectorDensity() {
    }

    static void slayer(double[] u, double[] d, int n, double theta, double peak, double inverseWidth) {
        int i = 0;
        for (int end = LANES.loopBound(n); i < end; i += LANES.length()) {
            DoubleVector x = DoubleVector.fromArray(LANES, u, i).sub(theta).abs().mul(-inverseWidth);
            x.lanewise(VectorOperators.EXP).mul(peak).intoArray(d, i);
        }
        for (; i < n; i++) {
            d[i] = peak * Math.exp(-Math.abs(u[i] - theta) * inverseWidth);
        }
    }
}
