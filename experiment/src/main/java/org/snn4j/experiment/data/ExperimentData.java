package org.snn4j.experiment.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.datasets.EvenSubset;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.loader.EventFrameSource;
import org.snn4j.datasets.transforms.Compose;
import org.snn4j.datasets.transforms.EventTransform;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.Resize;
import org.snn4j.datasets.transforms.SpatialJitter;
import org.snn4j.datasets.transforms.FrameEncoder;
import org.snn4j.datasets.transforms.ToFrames;
import org.snn4j.datasets.transforms.ToSpikeTensor;
import org.snn4j.experiment.config.AugmentConfig;
import org.snn4j.experiment.config.DataConfig;
import org.snn4j.experiment.config.FramesConfig;

/**
 * The training and test batches of a {@link DataConfig}: images encoded per batch (or raw for
 * T = 0), event recordings framed by time or event count, or binned into SLAYER spike tensors.
 * Training batches are shuffled and augmented; test batches are neither. MNIST, Fashion-MNIST and
 * N-MNIST are held in memory; the {@link DatasetShape#streamed() streamed} datasets (CIFAR10-DVS,
 * DVS128 Gesture) go through the {@code datasets} loader a batch at a time ({@link StreamedFrames}).
 *
 * @param train training batches
 * @param test  held-out batches
 */
public record ExperimentData(BatchSource train, BatchSource test) {

    /**
     * Loads the data of {@code data} with training batches of {@code batchSize}; {@code seed}
     * picks the random split of datasets that have one.
     */
    public static ExperimentData load(DataConfig data, int batchSize, int testBatch, long seed) throws IOException {
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
        if (shape.streamed()) {
            return streamed(data, f, shift, batchSize, testBatch, seed);
        }
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

    /**
     * Streamed event data: recordings are read, resized ({@link Resize}), jittered
     * ({@link SpatialJitter}, training only) and framed per batch by the loader's worker.
     */
    private static ExperimentData streamed(DataConfig data, FramesConfig f, int shift, int batchSize, int testBatch, long seed)
            throws IOException {
        if (f.by().equals("spikes")) {
            throw new IllegalArgumentException("data.frames.by: spikes is only implemented for nmnist; use time or count");
        }
        FrameEncoder framing = f.by().equals("time") ? ToFrames.byTime(f.T()) : ToFrames.byEventCount(f.T());
        Resize resize = new Resize(f.size().get(1), f.size().get(0));
        EventDataset tr = EvenSubset.of(EventSplits.split(data, Split.TRAIN, seed), data.limitTrain());
        EventDataset te = EvenSubset.of(EventSplits.split(data, Split.TEST, seed), data.limitTest());
        int[] sample = {f.T(), 2, f.size().get(0), f.size().get(1)};
        EventTransform trainEvents = shift > 0 ? Compose.of(resize, new SpatialJitter(shift)) : resize;
        return new ExperimentData(
                new StreamedFrames(new EventFrameSource(tr, FramePipeline.of(trainEvents, framing), sample), batchSize, true),
                new StreamedFrames(new EventFrameSource(te, FramePipeline.of(resize, framing), sample), testBatch, false));
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
