package org.snn4j.datasets.loader;

import java.io.IOException;
import java.util.random.RandomGenerator;

/**
 * Random access to fixed-shape float samples and their labels, the input of {@link DataLoader}.
 *
 * <p>{@link #fill} writes one sample into a caller-owned array, so a loader can reuse its buffers.
 * Implementations must be safe to call from one background thread while other threads only call
 * {@link #size()}, {@link #label} and {@link #id}.
 */
public interface SampleSource {

    /** Number of samples. */
    int size();

    /** Class label of sample {@code index}. */
    int label(int index);

    /** Shape of one sample: {@code [T, C, H, W]} when {@link #timeMajor()}, else e.g. {@code [C, H, W]}. */
    int[] sampleShape();

    /** True if the first sample axis is time, so batches are {@code [T, B, ...]} rather than {@code [B, ...]}. */
    boolean timeMajor();

    /**
     * Writes sample {@code index} in C order into {@code dest[0 .. product(sampleShape))}.
     *
     * @param rng randomness for augmentation (the loader passes a generator seeded per epoch)
     * @throws IOException if the sample cannot be read or decoded (a loader may skip it)
     */
    void fill(int index, float[] dest, RandomGenerator rng) throws IOException;

    /** A stable name for sample {@code index}, used in error reports and cache keys. */
    default String id(int index) {
        return Integer.toString(index);
    }

    /** Number of floats in one sample. */
    default int sampleLength() {
        int n = 1;
        for (int d : sampleShape()) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }
}
