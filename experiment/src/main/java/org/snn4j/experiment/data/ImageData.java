package org.snn4j.experiment.data;

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

    /** Loads MNIST ({@code fashion = false}) or Fashion-MNIST, keeping at most {@code limit}
     * evenly spaced images. */
    public static ImageData load(boolean fashion, Path dataDir, Split split, Integer limit) throws IOException {
        LabeledImages li = labeled(fashion, dataDir, split, limit);
        return new ImageData(li.toINDArray(1f / 255f), li.labels());
    }

    /**
     * The uint8 images of {@code split}, at most {@code limit} of them evenly spaced
     * ({@link LabeledImages#spread}: class-balanced even for files stored class by class).
     */
    public static LabeledImages labeled(boolean fashion, Path dataDir, Split split, Integer limit) throws IOException {
        DataLocator locator = DataLocator.fromEnvironment(dataDir);
        LabeledImages li = fashion ? FashionMnist.locate(locator).load(split) : Mnist.locate(locator).load(split);
        return limit != null && limit < li.size() ? li.spread(limit) : li;
    }

    public int size() {
        return labels.length;
    }
}
