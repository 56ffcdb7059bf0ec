package org.snn4j.neurons.slayer;

import org.snn4j.neurons.surrogate.SlayerPdf;
import org.snn4j.neurons.surrogate.Surrogate;

/**
 * The spike density {@code d = σ'(u − θ)} the fused SRM node keeps for backward, over a whole block.
 * For SLAYER's ρ ({@link SlayerPdf}: {@code peak·exp(−|u − θ|·inverseWidth)}, Shrestha &amp; Orchard,
 * NeurIPS 2018) the exponentials run on the JDK vector API ({@link VectorDensity}) when the JVM has
 * {@code --add-modules jdk.incubator.vector} and {@code -Dsnn4j.vector=off} is not set: one
 * exponential per neuron and step is most of the forward's arithmetic, and the vector form is
 * several times faster. Its exponential may differ from {@link Math#exp} in the last bit (the
 * density only scales gradients). Any other surrogate, or no vector API, runs
 * {@link Surrogate#derivativeInPlace}.
 */
final class SpikeDensity {
    /** True when the vector path is available and not switched off. */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"off".equalsIgnoreCase(System.getProperty("snn4j.vector"));

    private SpikeDensity() {
    }

    /** {@code d[i] = σ'(u[i] − θ)} for {@code i < n}. */
    static void evaluate(double[] u, double[] d, int n, double theta, Surrogate surrogate) {
        if (VECTOR && surrogate instanceof SlayerPdf pdf) {
            VectorDensity.slayer(u, d, n, theta, pdf.peak(), pdf.inverseWidth());
            return;
        }
        scalar(u, d, n, theta, surrogate);
    }

    /** The scalar form (also the reference in tests). */
    static void scalar(double[] u, double[] d, int n, double theta, Surrogate surrogate) {
        for (int i = 0; i < n; i++) {
            d[i] = u[i] - theta;
        }
        surrogate.derivativeInPlace(d, 0, n);
    }
}
