package org.snn4j.examples.presets;

import java.nio.file.Path;

/**
 * Command-line overrides for a preset. Null fields keep the preset's defaults.
 *
 * @param dataDir    the dataset's own root folder ({@code --data}); null means
 *                   {@code $SNN4J_DATA/<name>}
 * @param epochs     number of epochs
 * @param seed       master seed
 * @param trainLimit use only the first n training samples (quick smoke runs)
 * @param testLimit  use only the first n test samples
 */
public record PresetOptions(Path dataDir, Integer epochs, Long seed, Integer trainLimit, Integer testLimit) {
    public PresetOptions {
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

    /** No overrides. */
    public static PresetOptions defaults() {
        return new PresetOptions(null, null, null, null, null);
    }

    public int epochsOr(int d) {
        return epochs == null ? d : epochs;
    }

    public long seedOr(long d) {
        return seed == null ? d : seed;
    }
}
