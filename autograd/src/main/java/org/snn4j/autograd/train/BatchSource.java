package org.snn4j.autograd.train;

import java.util.Iterator;

/**
 * A finite, re-iterable source of mini-batches.
 *
 * <p>The order of one pass is a pure function of {@code epochSeed}: shuffling sources derive
 * their permutation from it, so the same seed yields the same batches (needed for exact resume).
 */
public interface BatchSource {
    /** Number of samples in one pass. */
    long numSamples();

    /** The batches of one pass, ordered by {@code epochSeed}. */
    Iterator<Batch> batches(long epochSeed);
}
