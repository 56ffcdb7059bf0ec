package org.snn4j.experiment.config;

/**
 * The training section.
 *
 * @param epochs    number of epochs, ≥ 1
 * @param batchSize training batch size, ≥ 1
 * @param testBatch evaluation batch size, ≥ 1 (memory only: results do not depend on it)
 * @param clipNorm  largest global gradient norm, 0 = no clipping
 */
public record TrainConfig(int epochs, int batchSize, int testBatch, double clipNorm) {
    public TrainConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        if (testBatch < 1) {
            throw new IllegalArgumentException("testBatch must be >= 1, got " + testBatch);
        }
        if (!(clipNorm >= 0)) {
            throw new IllegalArgumentException("clipNorm must be >= 0, got " + clipNorm);
        }
    }
}
