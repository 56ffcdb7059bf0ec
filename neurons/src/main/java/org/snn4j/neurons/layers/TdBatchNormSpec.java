package org.snn4j.neurons.layers;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;

/**
 * Configuration of {@link TdBatchNorm}. JSON type {@code "tdbn"}.
 *
 * @param numFeatures channels C, ≥ 1
 * @param alpha       α, &gt; 0 (1 in most layers; Zheng et al. use 1/√2 before a residual sum)
 * @param vThreshold  V_th of the neurons that follow, in membrane units, &gt; 0
 * @param eps         variance floor ε, &gt; 0
 * @param momentum    running-statistics factor, in [0, 1]
 */
public record TdBatchNormSpec(int numFeatures, double alpha, double vThreshold, double eps, double momentum)
        implements LayerSpec {

    public TdBatchNormSpec {
        if (numFeatures < 1) {
            throw new IllegalArgumentException("TdBatchNormSpec.numFeatures must be >= 1, got " + numFeatures);
        }
        positive("alpha", alpha);
        positive("vThreshold", vThreshold);
        positive("eps", eps);
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("TdBatchNormSpec.momentum must be in [0, 1], got " + momentum);
        }
    }

    /** α = 1, V_th = 1, ε = 1e-5, momentum 0.1. */
    public TdBatchNormSpec(int numFeatures) {
        this(numFeatures, 1.0, 1.0, 1e-5, 0.1);
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("TdBatchNormSpec." + field + " must be in (0, +inf), got " + v);
        }
    }

    @Override
    public TdBatchNorm build(RandomGenerator rng) {
        return new TdBatchNorm(this);
    }
}
