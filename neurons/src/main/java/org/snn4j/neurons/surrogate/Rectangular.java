package org.snn4j.neurons.surrogate;

import java.util.Map;

/**
 * Rectangular surrogate of STBP (Wu et al. 2018, "Spatio-temporal backpropagation for training
 * high-performance spiking neural networks", Front. Neurosci., curve h1).
 *
 * <pre>
 * σ'(x) = 1/a   if |x| &lt; a/2,   else 0
 * σ(x)  = clamp(x/a + 1/2, 0, 1)
 * </pre>
 * with width {@code a} in membrane units (default 1).
 *
 * @param width the window width a &gt; 0
 */
public record Rectangular(double width) implements Surrogate {
    public static final String NAME = "rectangular";

    public Rectangular {
        Hyperparameters.positive(NAME, "width", width);
    }

    /** The STBP default, width 1. */
    public Rectangular() {
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
        return Math.min(1.0, Math.max(0.0, x / width + 0.5));
    }

    @Override
    public double derivative(double x) {
        return Math.abs(x) < 0.5 * width ? 1.0 / width : 0.0;
    }

    /** In float arithmetic. */
    @Override
    public void derivativeInPlace(float[] x, int from, int to) {
        float half = (float) (0.5 * width);
        float inv = (float) (1.0 / width);
        for (int i = from; i < to; i++) {
            x[i] = Math.abs(x[i]) < half ? inv : 0f;
        }
    }
}
