package org.snn4j.examples.stdp;

import java.io.IOException;
import java.nio.file.Path;
import org.snn4j.autograd.train.EpochOrder;
import org.snn4j.datasets.DataLocator;
import org.snn4j.datasets.Mnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.io.LabeledImages;

/**
 * MNIST images as intensity vectors in [0, 1] (pixel / 255) with their labels, the input of the
 * Diehl &amp; Cook network.
 *
 * @param pixels {@code [n][784]}
 * @param labels {@code [n]}
 */
public record StdpDigits(float[][] pixels, int[] labels) {
    /** The image side of MNIST. */
    public static final int SIDE = 28;

    /**
     * {@code limit} images of a split from {@code dataDir} or {@code $SNN4J_DATA}: the first ones, or,
     * if {@code shuffleSeed} is not null, a random subset in random order (the shared
     * {@code mnist/train-*} is sorted by digit, which unsupervised learning must not see in order).
     */
    public static StdpDigits load(Path dataDir, Split split, int limit, Long shuffleSeed) throws IOException {
        LabeledImages li = Mnist.locate(DataLocator.fromEnvironment(dataDir)).load(split);
        int[] order = java.util.stream.IntStream.range(0, li.size()).toArray();
        if (shuffleSeed != null) {
            shuffle(order, shuffleSeed);
        }
        int n = Math.min(limit, li.size());
        float[][] px = new float[n][li.imageBytes()];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            li.copyImage(order[i], px[i], 0, 1f / 255f);
            labels[i] = li.label(order[i]);
        }
        return new StdpDigits(px, labels);
    }

    /**
     * Shuffles {@code a} in place with the {@link EpochOrder} permutation of {@code seed}
     * (Fisher–Yates on {@code SplittableRandom(seed)}).
     */
    public static void shuffle(int[] a, long seed) {
        int[] p = EpochOrder.permutation(a.length, true, new java.util.SplittableRandom(seed));
        int[] copy = a.clone();
        for (int i = 0; i < a.length; i++) {
            a[i] = copy[p[i]];
        }
    }

    public int size() {
        return labels.length;
    }
}
