package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import java.nio.file.Path;

/**
 * Command-line overrides for a preset. Null fields keep the preset's defaults.
 *
 * @param dataDir    the dataset's own root folder ({@code --data}); null means
 *                   {@code $SNN4J_DATA/<name>}
 * @param epochs     number of epochs
 * @param seed       master seed
 * @param trainLimit use only n evenly spaced training samples (quick smoke runs)
 * @param testLimit  use only n evenly spaced test samples
 * @param lr         the optimiser's (peak) learning rate
 * @param batchSize  the training batch size
 */
public record PresetOptions(Path dataDir, Integer epochs, Long seed, Integer trainLimit, Integer testLimit,
                            Double lr, Integer batchSize) {
    public PresetOptions {
        if (lr != null && !(lr > 0 && Double.isFinite(lr))) {
            throw new IllegalArgumentException("--lr must be a positive number, got " + lr);
        }
        if (batchSize != null && batchSize < 1) {
            throw new IllegalArgumentException("--batch-size must be >= 1, got " + batchSize);
        }
        if (epochs != null && epochs < 1) {
            throw new IllegalArgumentException("--epochs must be >= 1, got " + epochs);
        }
        if (trainLimit != null && trainLimit < 1) {
            throw new IllegalArgumentException("--limit-train must be >= 1, got " + trainLimit);
        }
        if (testLimit != null && testLimit < 1) {
            throw new IllegalArgumentException("--limit-test must be >= 1, got " + testLimit);
        }
    }

    /** Without learning-rate and batch-size overrides. */
    public PresetOptions(Path dataDir, Integer epochs, Long seed, Integer trainLimit, Integer testLimit) {
        this(dataDir, epochs, seed, trainLimit, testLimit, null, null);
    }

    /** No overrides. */
    public static PresetOptions defaults() {
        return new PresetOptions(null, null, null, null, null);
    }

    public double lrOr(double d) {
        return lr == null ? d : lr;
    }

    public int batchOr(int d) {
        return batchSize == null ? d : batchSize;
    }

    public int epochsOr(int d) {
        return epochs == null ? d : epochs;
    }

    public long seedOr(long d) {
        return seed == null ? d : seed;
    }
}
