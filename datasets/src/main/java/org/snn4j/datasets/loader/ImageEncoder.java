package org.snn4j.datasets.loader;

import java.util.random.RandomGenerator;

/**
 * Per-sample hook that turns a static image into a time-major sample, e.g. a rate code.
 * Implementations write {@code timeSteps() × image.length} floats, the image repeated over time
 * in some encoded form.
 */
public interface ImageEncoder {

    /** Number of time steps T the encoder produces. */
    int timeSteps();

    /**
     * Encodes one image.
     *
     * @param image pixel intensities in [0, 1], {@code C × H × W} in C order (read-only)
     * @param dest  output {@code [T, C, H, W]}, length {@code timeSteps() × image.length}
     * @param rng   randomness (drawn in output order)
     */
    void encode(float[] image, float[] dest, RandomGenerator rng);
}
