package org.snn4j.autograd.train;

import java.util.SplittableRandom;

/**
 * The sample order of one pass, shared by every {@link BatchSource} that shuffles: a
 * Fisher–Yates shuffle (Knuth, TAOCP vol. 2, Algorithm 3.4.2 P) driven by the pass's generator,
 * for i = n−1 down to 1 swapping i with a uniform j in [0, i]. The generator is then split once
 * per batch for that batch's randomness (augmentation, encoding), so a source's batches are a pure
 * function of the epoch seed.
 */
public final class EpochOrder {
    private EpochOrder() {
    }

    /**
     * The indices 0..n−1, shuffled with {@code rng} when {@code shuffle} (else in order, drawing
     * nothing).
     */
    public static int[] permutation(int n, boolean shuffle, SplittableRandom rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (shuffle) {
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        return order;
    }
}
