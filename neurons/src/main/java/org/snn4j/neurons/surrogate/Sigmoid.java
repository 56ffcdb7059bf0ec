package org.snn4j.neurons.surrogate;

import java.util.Map;

/**
 * Sigmoid surrogate (STBP's curve h3, Wu et al. 2018; SpikingJelly's {@code Sigmoid}, default
 * α = 4).
 *
 * <pre>
 * σ(x)  = 1 / (1 + exp(−αx))
 * σ'(x) = α·σ(x)·(1 − σ(x))
 * </pre>
 *
 * @param alpha the steepness α &gt; 0 (per membrane unit)
 */
public record Sigmoid(double alpha) implements Surrogate {
    public static final String NAME = "sigmoid";

    public Sigmoid {
        Hyperparameters.positive(NAME, "alpha", alpha);
    }

    /** α = 4. */
    public Sigmoid() {
        this(4.0);
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
        return 1.0 / (1.0 + Math.exp(-alpha * x));
    }

    @Override
    public double derivative(double x) {
        double s = 1.0 / (1.0 + Math.exp(-alpha * x));
        return alpha * s * (1.0 - s);
    }

    @Override
    public void derivativeInPlace(float[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            x[i] = (float) derivative(x[i]);
        }
    }
}
