package org.snn4j.examples.compare;

import java.io.IOException;
import java.nio.file.Path;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.registry.Registry;
import org.snn4j.datasets.DataLocator;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.FashionMnist;
import org.snn4j.datasets.Mnist;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.events.Events;
import org.snn4j.experiment.data.ImageData;

/**
 * The images {@code snn4j compare} works on, in [0, 1] as {@code [N, C, H, W]}: MNIST and
 * Fashion-MNIST pixels / 255, or for N-MNIST the event counts per polarity accumulated over the
 * whole recording ({@code [2, 34, 34]}), divided by the sample's largest count (a rate image an
 * ANN can be trained on and a converted SNN can take as constant current).
 */
public final class CompareData {
    /** Dataset name ({@code --dataset}) → how to load it as images. */
    public static final Registry<ImageSource> SOURCES = new Registry<ImageSource>("compare dataset")
            .register(Mnist.NAME, (dir, split, limit) -> ImageData.load(false, dir, split, limit))
            .register(FashionMnist.NAME, (dir, split, limit) -> ImageData.load(true, dir, split, limit))
            .register(NMnist.NAME, CompareData::nmnist);

    private CompareData() {
    }

    /** One split of {@code dataset}, at most {@code limit} evenly spaced samples. */
    public static ImageData load(String dataset, Path dir, Split split, Integer limit) throws IOException {
        return SOURCES.get(dataset).load(dir, split, limit);
    }

    private static ImageData nmnist(Path dir, Split split, Integer limit) throws IOException {
        EventDataset ds = NMnist.locate(DataLocator.fromEnvironment(dir)).split(split);
        int n = limit == null ? ds.size() : Math.min(limit, ds.size());
        int w = ds.width();
        int h = ds.height();
        float[] pixels = new float[n * 2 * h * w];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int index = (int) ((long) i * ds.size() / n);
            Events e = ds.get(index).events();
            labels[i] = ds.label(index);
            accumulate(e, pixels, i * 2 * h * w, w, h);
        }
        return new ImageData(Nd4j.createFromArray(pixels).reshape(n, 2, h, w).castTo(DataType.FLOAT), labels);
    }

    private static void accumulate(Events e, float[] out, int offset, int w, int h) {
        float max = 0;
        for (int k = 0; k < e.size(); k++) {
            int idx = offset + e.p(k) * h * w + e.y(k) * w + e.x(k);
            out[idx] += 1;
            max = Math.max(max, out[idx]);
        }
        for (int k = offset; k < offset + 2 * h * w && max > 0; k++) {
            out[k] /= max;
        }
    }

    /** The per-sample shape of a dataset's images. */
    public static long[] inputShape(String dataset) {
        return dataset.equals("nmnist") ? new long[] {2, NMnist.HEIGHT, NMnist.WIDTH} : new long[] {1, 28, 28};
    }
}
