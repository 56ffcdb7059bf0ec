package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;

/**
 * A tensor-to-tensor transform applied after encoding (e.g. {@link NormalizeFrames}). Records;
 * randomness only from the generator passed in.
 */
public interface FrameTransform {

    /** Returns a new tensor; {@code frames} is not modified. */
    Frames apply(Frames frames, RandomGenerator rng);

    /** True if the output depends on the generator. */
    default boolean isRandom() {
        return false;
    }

    /** The configuration text used in cache keys. */
    default String describe() {
        return toString();
    }
}
