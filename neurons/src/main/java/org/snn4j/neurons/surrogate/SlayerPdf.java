package org.snn4j.neurons.surrogate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SLAYER's spike-escape probability density (Shrestha &amp; Orchard 2018, "SLAYER: spike layer
 * error reassignment in time", NeurIPS, eq. for ρ(t)), written in {@code x = u − θ}:
 *
 * <pre>
 * b     = tauRho·θ
 * σ'(x) = (scaleRho / b)·exp(−|x| / b)
 * σ(x)  = scaleRho·exp(x / b)             x &lt; 0
 *         scaleRho·(2 − exp(−x / b))       x ≥ 0
 * </pre>
 * The primitive is {@code 2·scaleRho} times the Laplace CDF with scale {@code b}; it rises from 0
 * to {@link #totalMass()} = {@code 2·scaleRho} (1 when scaleRho = 1/2).
 *
 * @param scaleRho the PDF scale (SLAYER's {@code scaleRho}, default 1)
 * @param tauRho   the PDF time constant relative to the threshold (SLAYER's {@code tauRho}, default 1)
 * @param theta    the neuron threshold θ in membrane units that scales the width (default 1)
 */
public record SlayerPdf(double scaleRho, double tauRho, double theta) implements Surrogate {
    public static final String NAME = "slayer-pdf";

    public SlayerPdf {
        Hyperparameters.positive(NAME, "scaleRho", scaleRho);
        Hyperparameters.positive(NAME, "tauRho", tauRho);
        Hyperparameters.positive(NAME, "theta", theta);
    }

    /** scaleRho = 1, tauRho = 1, θ = 1. */
    public SlayerPdf() {
        this(1.0, 1.0, 1.0);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Double> hyperparameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("scaleRho", scaleRho);
        m.put("tauRho", tauRho);
        m.put("theta", theta);
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public double primitive(double x) {
        double b = tauRho * theta;
        return x < 0 ? scaleRho * Math.exp(x / b) : scaleRho * (2.0 - Math.exp(-x / b));
    }

    @Override
    public double derivative(double x) {
        double b = tauRho * theta;
        return scaleRho / b * Math.exp(-Math.abs(x) / b);
    }

    @Override
    public double totalMass() {
        return 2.0 * scaleRho;
    }

    @Override
    public void derivativeInPlace(float[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            x[i] = (float) derivative(x[i]);
        }
    }
}
