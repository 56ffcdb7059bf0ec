package org.snn4j.autograd.nn;

import java.util.random.RandomGenerator;

/**
 * Configuration of {@link BatchNorm2d}. JSON type {@code "batchnorm2d"}.
 *
 * @param numFeatures channels C, ≥ 1
 * @param eps         variance floor ε, &gt; 0 (default 1e-5)
 * @param momentum    running-statistics update factor m, in [0, 1] (default 0.1)
 */
public record BatchNorm2dSpec(int numFeatures, double eps, double momentum) implements LayerSpec {

    public BatchNorm2dSpec {
        validate("BatchNorm2dSpec", numFeatures, eps, momentum);
    }

    /** ε = 1e-5, m = 0.1. */
    public BatchNorm2dSpec(int numFeatures) {
        this(numFeatures, 1e-5, 0.1);
    }

    /** Weight, bias, running mean and running variance. */
    @Override
    public long allocatedElements() {
        return 4L * numFeatures;
    }

    @Override
    public BatchNorm2d build(RandomGenerator rng) {
        return new BatchNorm2d(this);
    }

    static void validate(String record, int numFeatures, double eps, double momentum) {
        if (numFeatures < 1) {
            throw new IllegalArgumentException(record + ".numFeatures must be >= 1, got " + numFeatures);
        }
        if (!(eps > 0)) {
            throw new IllegalArgumentException(record + ".eps must be > 0, got " + eps);
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException(record + ".momentum must be in [0, 1], got " + momentum);
        }
    }
}
