package org.snn4j.neurons.surrogate;

import java.util.Map;

/**
 * Fast-sigmoid surrogate of SuperSpike (Zenke &amp; Ganguli 2018, "SuperSpike: supervised
 * learning in multilayer spiking neural networks", Neural Computation); snnTorch's
 * {@code fast_sigmoid} with the same slope convention (default 25).
 *
 * <pre>
 * σ'(x) = 1 / (1 + β|x|)²
 * σ(x)  = 1/β + x / (1 + β|x|)        rising from 0 to 2/β
 * </pre>
 * The derivative is not normalised ({@link #totalMass()} = 2/β), exactly as in SuperSpike.
 *
 * @param slope the slope β &gt; 0 (per membrane unit)
 */
public record FastSigmoid(double slope) implements Surrogate {
    public static final String NAME = "fast-sigmoid";

    public FastSigmoid {
        Hyperparameters.positive(NAME, "slope", slope);
    }

    /** β = 25. */
    public FastSigmoid() {
        this(25.0);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Double> hyperparameters() {
        return Map.of("slope", slope);
    }

    @Override
    public double primitive(double x) {
        return 1.0 / slope + x / (1.0 + slope * Math.abs(x));
    }

    @Override
    public double derivative(double x) {
        double d = 1.0 + slope * Math.abs(x);
        return 1.0 / (d * d);
    }

    @Override
    public double totalMass() {
        return 2.0 / slope;
    }

    /** In float arithmetic, which the JIT vectorises. */
    @Override
    public void derivativeInPlace(float[] x, int from, int to) {
        float b = (float) slope;
        for (int i = from; i < to; i++) {
            float d = 1f + b * Math.abs(x[i]);
            x[i] = 1f / (d * d);
        }
    }
}
