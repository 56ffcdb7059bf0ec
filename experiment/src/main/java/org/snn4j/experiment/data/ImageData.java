package org.snn4j.experiment.data;

import java.io.IOException;
import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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
        DataLocator locator = DataLocator.fromEnvironment(dataDir);
        LabeledImages li = fashion ? FashionMnist.locate(locator).load(split) : Mnist.locate(locator).load(split);
        INDArray images = li.toINDArray(1f / 255f);
        int[] labels = li.labels();
        if (limit != null && limit < li.size()) {
            // evenly spaced samples: class-balanced even for files stored class by class (the MNIST train subset)
            int[] idx = new int[limit];
            int[] sub = new int[limit];
            for (int i = 0; i < limit; i++) {
                idx[i] = (int) ((long) i * li.size() / limit);
                sub[i] = labels[idx[i]];
            }
            long[] shape = images.shape().clone();
            shape[0] = limit;
            images = Nd4j.pullRows(images.reshape(li.size(), -1), 1, idx).reshape(shape);
            labels = sub;
        }
        return new ImageData(images, labels);
    }

    public int size() {
        return labels.length;
    }
}
