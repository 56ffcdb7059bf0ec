package org.snn4j.neurons.surrogate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SLAYER's spike-escape probability density ρ (Shrestha &amp; Orchard 2018, "SLAYER: spike layer
 * error reassignment in time", NeurIPS, the spike-escape density {@code ρ(t) = α·exp(−β·|u(t) − θ|)}), written in
 * {@code x = u − θ} with slayerPytorch's α = scaleRho/(tauRho·θ), β = 1/(tauRho·θ). This is the one
 * ρ of snn4j: the SRM neuron's backward pass (reference and fused,
 * {@code org.snn4j.neurons.slayer.SrmParameters#surrogate()}) uses it too.
 *
 * <pre>
 * b     = tauRho·θ
 * σ'(x) = (scaleRho / b)·exp(−|x|·(1/b))
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

    /** ρ(x), evaluated as {@code peak·exp(−|x|·inverseWidth)} (the order SLAYER's results were produced with). */
    @Override
    public double derivative(double x) {
        return peak() * Math.exp(-Math.abs(x) * inverseWidth());
    }

    @Override
    public void derivativeInPlace(double[] x, int from, int to) {
        double peak = peak();
        double inverseWidth = inverseWidth();
        for (int i = from; i < to; i++) {
            x[i] = peak * Math.exp(-Math.abs(x[i]) * inverseWidth);
        }
    }

    /** {@code scaleRho / (tauRho·θ)}, the value at x = 0. */
    @Override
    public double peak() {
        return scaleRho / (tauRho * theta);
    }

    /** {@code 1 / (tauRho·θ)}, the decay rate of ρ in |x|. */
    public double inverseWidth() {
        return 1.0 / (tauRho * theta);
    }

    @Override
    public double totalMass() {
        return 2.0 * scaleRho;
    }

    @Override
    public void derivativeInPlace(float[] x, int from, int to) {
        double peak = peak();
        double inverseWidth = inverseWidth();
        for (int i = from; i < to; i++) {
            x[i] = (float) (peak * Math.exp(-Math.abs(x[i]) * inverseWidth));
        }
    }
}
