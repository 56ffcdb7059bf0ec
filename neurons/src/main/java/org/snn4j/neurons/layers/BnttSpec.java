package org.snn4j.neurons.layers;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;

/**
 * Configuration of {@link Bntt}. JSON type {@code "bntt"}.
 *
 * @param numFeatures channels C, ≥ 1
 * @param timeSteps   number of time steps T with their own statistics and γ, ≥ 1
 * @param eps         variance floor ε, &gt; 0 (Kim &amp; Panda use 1e-4)
 * @param momentum    running-statistics factor, in [0, 1]
 */
public record BnttSpec(int numFeatures, int timeSteps, double eps, double momentum) implements LayerSpec {

    public BnttSpec {
        if (numFeatures < 1) {
            throw new IllegalArgumentException("BnttSpec.numFeatures must be >= 1, got " + numFeatures);
        }
        if (timeSteps < 1) {
            throw new IllegalArgumentException("BnttSpec.timeSteps must be >= 1, got " + timeSteps);
        }
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("BnttSpec.eps must be in (0, +inf), got " + eps);
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("BnttSpec.momentum must be in [0, 1], got " + momentum);
        }
    }

    /** ε = 1e-4, momentum 0.1 (the BNTT paper's settings). */
    public BnttSpec(int numFeatures, int timeSteps) {
        this(numFeatures, timeSteps, 1e-4, 0.1);
    }

    @Override
    public Bntt build(RandomGenerator rng) {
        return new Bntt(this);
    }
}
