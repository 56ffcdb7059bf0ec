package org.snn4j.neurons.surrogate;

import java.util.Map;

/**
 * Piecewise-exponential surrogate (the Laplace density; SpikingJelly's {@code PiecewiseExp},
 * after Shrestha &amp; Orchard 2018, "SLAYER: spike layer error reassignment in time", NeurIPS).
 *
 * <pre>
 * σ'(x) = (α/2)·exp(−α|x|)
 * σ(x)  = exp(αx)/2          x &lt; 0
 *         1 − exp(−αx)/2      x ≥ 0
 * </pre>
 *
 * @param alpha the rate α &gt; 0 (per membrane unit); σ'(0) = α/2
 */
public record PiecewiseExponential(double alpha) implements Surrogate {
    public static final String NAME = "piecewise-exp";

    public PiecewiseExponential {
        Hyperparameters.positive(NAME, "alpha", alpha);
    }

    /** α = 1. */
    public PiecewiseExponential() {
        this(1.0);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Double> hyperparameters() {
        return Map.of("alpha", alpha);
    }

    @Override
    public double primitive(double x) {
        return x < 0 ? 0.5 * Math.exp(alpha * x) : 1.0 - 0.5 * Math.exp(-alpha * x);
    }

    @Override
    public double derivative(double x) {
        return 0.5 * alpha * Math.exp(-alpha * Math.abs(x));
    }

    @Override
    public void derivativeInPlace(float[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            x[i] = (float) derivative(x[i]);
        }
    }
}
