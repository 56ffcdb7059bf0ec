package org.snn4j.neurons.surrogate;

import java.util.Map;

/**
 * Triangular (piecewise-linear) surrogate: the pseudo-derivative of Esser et al. 2016 and
 * Bellec et al. 2018 ("Long short-term memory and learning-to-learn in networks of spiking
 * neurons", NeurIPS), STBP's polynomial curve h2, SpikingJelly's {@code PiecewiseQuadratic}
 * with α = 1/w.
 *
 * <pre>
 * σ'(x) = (1/w)·max(0, 1 − |x|/w)
 * σ(x)  = 0                      x &lt; −w
 *         (x + w)² / (2w²)        −w ≤ x &lt; 0
 *         1 − (w − x)² / (2w²)    0 ≤ x &lt; w
 *         1                      x ≥ w
 * </pre>
 * with half-width {@code w} in membrane units (default 1).
 *
 * @param width the half-width w &gt; 0 of the triangle
 */
public record Triangle(double width) implements Surrogate {
    public static final String NAME = "triangle";

    public Triangle {
        Hyperparameters.positive(NAME, "width", width);
    }

    /** Half-width 1. */
    public Triangle() {
        this(1.0);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Double> hyperparameters() {
        return Map.of("width", width);
    }

    @Override
    public double primitive(double x) {
        if (x < -width) {
            return 0.0;
        }
        if (x >= width) {
            return 1.0;
        }
        double w2 = 2 * width * width;
        return x < 0 ? (x + width) * (x + width) / w2 : 1.0 - (width - x) * (width - x) / w2;
    }

    @Override
    public double derivative(double x) {
        return Math.max(0.0, 1.0 - Math.abs(x) / width) / width;
    }

    /** In float arithmetic, which the JIT vectorises. */
    @Override
    public void derivativeInPlace(float[] x, int from, int to) {
        float inv = (float) (1.0 / width);
        for (int i = from; i < to; i++) {
            x[i] = Math.max(0f, 1f - Math.abs(x[i]) * inv) * inv;
        }
    }
}
