package org.snn4j.experiment.config;

import java.util.List;

/**
 * One training-batch augmentation.
 *
 * @param type {@code shift}: every sample moves by one random integer offset in [−max, max] along
 *             both spatial axes, filled with zeros (images, frames and spike tensors)
 * @param max  largest offset in pixels, ≥ 0
 */
public record AugmentConfig(String type, int max) {
    /** The augmentation types. */
    public static final List<String> TYPES = List.of("shift");

    public AugmentConfig {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + String.join(", ", TYPES) + ", got " + type);
        }
        if (max < 0) {
            throw new IllegalArgumentException("max must be >= 0, got " + max);
        }
    }
}
