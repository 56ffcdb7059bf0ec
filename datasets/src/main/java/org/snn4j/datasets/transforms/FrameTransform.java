package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;

/**
 * A tensor-to-tensor transform applied after encoding (e.g. {@link NormalizeFrames}). Records;
 * randomness only from the generator passed in.
 */
public interface FrameTransform {

    /** Returns a new tensor; {@code frames} is not modified. */
    Frames apply(Frames frames, RandomGenerator rng);

    /**
     * Writes {@code apply(new Frames(src, shape), rng)} into {@code dest[0 .. src.length)}, the same
     * values and draws; {@code src} is not modified. Transforms that can write in place of an
     * allocation override it (the loader's augmentation calls this once per sample).
     */
    default void applyInto(float[] src, int[] shape, float[] dest, RandomGenerator rng) {
        System.arraycopy(apply(new Frames(src, shape), rng).data(), 0, dest, 0, src.length);
    }

    /** True if the output depends on the generator. */
    default boolean isRandom() {
        return false;
    }

    /** The configuration text used in cache keys. */
    default String describe() {
        return toString();
    }
}
