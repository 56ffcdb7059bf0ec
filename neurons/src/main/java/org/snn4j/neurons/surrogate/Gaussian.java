package org.snn4j.neurons.surrogate;

import java.util.Map;
import org.apache.commons.math3.special.Erf;

/**
 * Gaussian surrogate (STBP's curve h4, Wu et al. 2018): the normal density, whose primitive is
 * the normal CDF written with the error function.
 *
 * <pre>
 * σ'(x) = exp(−x² / (2s²)) / (s·√(2π))
 * σ(x)  = (1 + erf(x / (s·√2))) / 2
 * </pre>
 *
 * @param sigma the standard deviation s &gt; 0 in membrane units (default 0.5)
 */
public record Gaussian(double sigma) implements Surrogate {
    public static final String NAME = "gaussian";
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    public Gaussian {
        Hyperparameters.positive(NAME, "sigma", sigma);
    }

    /** s = 0.5. */
    public Gaussian() {
        this(0.5);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Double> hyperparameters() {
        return Map.of("sigma", sigma);
    }

    @Override
    public double primitive(double x) {
        return 0.5 * (1.0 + Erf.erf(x / (sigma * Math.sqrt(2.0))));
    }

    @Override
    public double derivative(double x) {
        double z = x / sigma;
        return Math.exp(-0.5 * z * z) / (sigma * SQRT_2PI);
    }

    @Override
    public void derivativeInPlace(float[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            x[i] = (float) derivative(x[i]);
        }
    }
}
