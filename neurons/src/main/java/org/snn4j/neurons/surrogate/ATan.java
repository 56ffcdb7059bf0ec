package org.snn4j.neurons.surrogate;

import java.util.Map;

/**
 * Arctangent surrogate, SpikingJelly's default ({@code ATan}, α = 2), used by the PLIF paper
 * (Fang et al. 2021, "Incorporating learnable membrane time constant to enhance learning of
 * spiking neural networks", ICCV).
 *
 * <pre>
 * σ(x)  = (1/π)·atan(π/2·α·x) + 1/2
 * σ'(x) = (α/2) / (1 + (π/2·α·x)²)
 * </pre>
 *
 * @param alpha the steepness α &gt; 0 (per membrane unit); σ'(0) = α/2
 */
public record ATan(double alpha) implements Surrogate {
    public static final String NAME = "atan";

    public ATan {
        Hyperparameters.positive(NAME, "alpha", alpha);
    }

    /** α = 2. */
    public ATan() {
        this(2.0);
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
        return Math.atan(0.5 * Math.PI * alpha * x) / Math.PI + 0.5;
    }

    @Override
    public double derivative(double x) {
        double z = 0.5 * Math.PI * alpha * x;
        return 0.5 * alpha / (1.0 + z * z);
    }

    /** In float arithmetic, which the JIT vectorises (the fused float32 kernel's hot loop). */
    @Override
    public void derivativeInPlace(float[] x, int from, int to) {
        float k = (float) (0.5 * Math.PI * alpha);
        float half = (float) (0.5 * alpha);
        for (int i = from; i < to; i++) {
            float z = k * x[i];
            x[i] = half / (1f + z * z);
        }
    }
}
