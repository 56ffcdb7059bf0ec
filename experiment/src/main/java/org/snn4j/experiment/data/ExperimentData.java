package org.snn4j.experiment.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.transforms.FrameEncoder;
import org.snn4j.datasets.transforms.ToFrames;
import org.snn4j.datasets.transforms.ToSpikeTensor;
import org.snn4j.experiment.config.AugmentConfig;
import org.snn4j.experiment.config.DataConfig;
import org.snn4j.experiment.config.FramesConfig;

/**
 * The training and test batches of a {@link DataConfig}: images encoded per batch (or raw for
 * T = 0), event recordings framed by time or event count, or binned into SLAYER spike tensors.
 * Training batches are shuffled and augmented; test batches are neither.
 *
 * @param train training batches
 * @param test  held-out batches
 */
public record ExperimentData(BatchSource train, BatchSource test) {

    /** Loads the data of {@code data} with training batches of {@code batchSize}. */
    public static ExperimentData load(DataConfig data, int batchSize, int testBatch) throws IOException {
        Path dir = data.dir() == null ? null : Path.of(data.dir());
        Integer limitTrain = data.limitTrain() == 0 ? null : data.limitTrain();
        Integer limitTest = data.limitTest() == 0 ? null : data.limitTest();
        int shift = shift(data.augment());
        DatasetShape shape = DatasetShape.REGISTRY.get(data.dataset());
        if (!shape.events()) {
            boolean fashion = data.dataset().equals("fashion-mnist");
            ImageData tr = ImageData.load(fashion, dir, Split.TRAIN, limitTrain);
            ImageData te = ImageData.load(fashion, dir, Split.TEST, limitTest);
            if (data.encoder() == null || data.encoder() instanceof LearnedEncoding) {
                return new ExperimentData(
                        shift > 0 ? new InMemoryBatchSource(tr.images(), tr.labels(), batchSize, true, new RandomShift(shift))
                                : new InMemoryBatchSource(tr.images(), tr.labels(), batchSize, true),
                        new InMemoryBatchSource(te.images(), te.labels(), testBatch, false));
            }
            return new ExperimentData(
                    new InMemoryBatchSource(tr.images(), tr.labels(), batchSize, true,
                            new EncodedImages(data.encoder(), data.T(), shift)),
                    new InMemoryBatchSource(te.images(), te.labels(), testBatch, false,
                            new EncodedImages(data.encoder(), data.T(), 0)));
        }
        FramesConfig f = data.frames();
        if (f.by().equals("spikes")) {
            ToSpikeTensor bins = new ToSpikeTensor(Math.round(f.binMs() * 1000), f.T(), true, false);
            SlayerSpikeData tr = SlayerSpikeData.nmnist(dir, Split.TRAIN, bins, limitTrain);
            SlayerSpikeData te = SlayerSpikeData.nmnist(dir, Split.TEST, bins, limitTest);
            return new ExperimentData(tr.batches(batchSize, true, shift), te.batches(testBatch, false, 0));
        }
        FrameEncoder framing = f.by().equals("time") ? ToFrames.byTime(f.T()) : ToFrames.byEventCount(f.T());
        int factor = factor(shape, f);
        EventFrames tr = EventFrames.nmnist(dir, Split.TRAIN, framing, factor, limitTrain);
        EventFrames te = EventFrames.nmnist(dir, Split.TEST, framing, factor, limitTest);
        return new ExperimentData(tr.batches(batchSize, true, shift), te.batches(testBatch, false, 0));
    }

    /** The combined shift of the augmentations (each {@code shift} entry; the largest wins). */
    private static int shift(List<AugmentConfig> augment) {
        int s = 0;
        for (AugmentConfig a : augment) {
            s = Math.max(s, a.max());
        }
        return s;
    }

    private static int factor(DatasetShape shape, FramesConfig f) {
        int h = shape.shape().get(1);
        int w = shape.shape().get(2);
        int fh = f.size().get(0);
        int fw = f.size().get(1);
        int factor = (h + fh - 1) / fh;
        if ((h + factor - 1) / factor != fh || (w + factor - 1) / factor != fw) {
            throw new IllegalArgumentException("data.frames.size: " + f.size() + " is not the sensor size [" + h + ", "
                    + w + "] divided by an integer factor");
        }
        return factor;
    }
}
