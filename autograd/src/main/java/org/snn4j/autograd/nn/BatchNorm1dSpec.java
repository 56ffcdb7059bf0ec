package org.snn4j.autograd.nn;

import java.util.random.RandomGenerator;

/**
 * Configuration of {@link BatchNorm1d}. JSON type {@code "batchnorm1d"}.
 *
 * @param numFeatures channels C, ≥ 1
 * @param eps         variance floor ε, &gt; 0 (default 1e-5)
 * @param momentum    running-statistics update factor m, in [0, 1] (default 0.1)
 */
public record BatchNorm1dSpec(int numFeatures, double eps, double momentum) implements LayerSpec {

    public BatchNorm1dSpec {
        BatchNorm2dSpec.validate("BatchNorm1dSpec", numFeatures, eps, momentum);
    }

    /** ε = 1e-5, m = 0.1. */
    public BatchNorm1dSpec(int numFeatures) {
        this(numFeatures, 1e-5, 0.1);
    }

    /** Weight, bias, running mean and running variance. */
    @Override
    public long allocatedElements() {
        return 4L * numFeatures;
    }

    @Override
    public BatchNorm1d build(RandomGenerator rng) {
        return new BatchNorm1d(this);
    }
}
