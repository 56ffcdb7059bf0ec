package org.snn4j.examples.presets;

import java.io.IOException;
import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.datasets.DataLocator;
import org.snn4j.datasets.FashionMnist;
import org.snn4j.datasets.Mnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.io.LabeledImages;

/**
 * A split of a static image dataset in memory: pixels scaled to 0..1 as {@code [N, C, H, W]}.
 *
 * @param images pixel intensities in [0, 1]
 * @param labels class per image
 */
public record ImageData(INDArray images, int[] labels) {

    /** Loads MNIST ({@code fashion = false}) or Fashion-MNIST, keeping at most {@code limit} images. */
    public static ImageData load(boolean fashion, Path dataDir, Split split, Integer limit) throws IOException {
        DataLocator locator = DataLocator.fromEnvironment(dataDir);
        LabeledImages li = fashion ? FashionMnist.locate(locator).load(split) : Mnist.locate(locator).load(split);
        if (limit != null && limit < li.size()) {
            li = li.slice(0, limit);
        }
        return new ImageData(li.toINDArray(1f / 255f), li.labels());
    }

    public int size() {
        return labels.length;
    }
}
