package org.snn4j.datasets.loader;

/**
 * Settings of a {@link DataLoader}. The seed is not one of them: every pass takes its own
 * {@code epochSeed} ({@link org.snn4j.autograd.train.BatchSource#batches}).
 *
 * @param batchSize       samples per batch B, at least 1
 * @param shuffle         draw a new seeded permutation every pass (else index order)
 * @param dropLast        drop a final batch smaller than B (else it is emitted with its own size)
 * @param prefetchBatches batches filled ahead of the consumer, at least 1
 * @param skipBadSamples  skip samples whose {@code fill} throws, counting and reporting them,
 *                        instead of failing the pass
 */
public record LoaderConfig(int batchSize, boolean shuffle, boolean dropLast, int prefetchBatches,
                           boolean skipBadSamples) {

    /** Validates the fields. */
    public LoaderConfig {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        if (prefetchBatches < 1 || prefetchBatches > 64) {
            throw new IllegalArgumentException("prefetchBatches must be in 1..64, got " + prefetchBatches);
        }
    }

    /** Shuffled training batches: keep the last partial batch, prefetch 2, fail on bad samples. */
    public static LoaderConfig training(int batchSize) {
        return new LoaderConfig(batchSize, true, false, 2, false);
    }

    /** Evaluation batches in index order. */
    public static LoaderConfig evaluation(int batchSize) {
        return new LoaderConfig(batchSize, false, false, 2, false);
    }

    /** The same settings with bad samples skipped. */
    public LoaderConfig skippingBadSamples() {
        return new LoaderConfig(batchSize, shuffle, dropLast, prefetchBatches, true);
    }

    /** The same settings with {@code dropLast}. */
    public LoaderConfig droppingLast() {
        return new LoaderConfig(batchSize, shuffle, true, prefetchBatches, skipBadSamples);
    }
}
