package org.snn4j.examples.stdp;

import java.io.IOException;
import java.nio.file.Path;
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

    /** The first {@code limit} images of a split from {@code dataDir} or {@code $SNN4J_DATA}. */
    public static StdpDigits load(Path dataDir, Split split, int limit) throws IOException {
        LabeledImages li = Mnist.locate(DataLocator.fromEnvironment(dataDir)).load(split);
        int n = Math.min(limit, li.size());
        float[][] px = new float[n][li.imageBytes()];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            li.copyImage(i, px[i], 0, 1f / 255f);
            labels[i] = li.label(i);
        }
        return new StdpDigits(px, labels);
    }

    public int size() {
        return labels.length;
    }
}
