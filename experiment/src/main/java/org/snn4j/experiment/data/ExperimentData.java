package org.snn4j.experiment.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.datasets.EvenSubset;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.cache.CachedFrameSource;
import org.snn4j.datasets.cache.FrameCache;
import org.snn4j.datasets.cache.MemoryBudget;
import org.snn4j.datasets.cache.MemoryCachedSource;
import org.snn4j.datasets.loader.AugmentedSource;
import org.snn4j.datasets.loader.BatchEncoding;
import org.snn4j.datasets.loader.DataLoader;
import org.snn4j.datasets.loader.EventFrameSource;
import org.snn4j.datasets.loader.ImageSource;
import org.snn4j.datasets.loader.LoaderConfig;
import org.snn4j.datasets.loader.SampleSource;
import org.snn4j.datasets.transforms.Compose;
import org.snn4j.datasets.transforms.Downsample;
import org.snn4j.datasets.transforms.EventTransform;
import org.snn4j.datasets.transforms.FrameEncoder;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.FrameShift;
import org.snn4j.datasets.transforms.Resize;
import org.snn4j.datasets.transforms.ToFrames;
import org.snn4j.datasets.transforms.ToSpikeTensor;
import org.snn4j.experiment.config.AugmentConfig;
import org.snn4j.experiment.config.DataConfig;
import org.snn4j.experiment.config.FramesConfig;

/**
 * The training and test batches of a {@link DataConfig}, every dataset through the one
 * {@code datasets} loader ({@link DataLoader}, a {@link BatchSource} with seeded shuffling and a
 * prefetching worker):
 * <ul>
 *   <li>images: {@link ImageSource} over the uint8 images ({@link org.snn4j.datasets.io.LabeledImages#spread} subset), raw
 *       {@code [B, C, H, W]} or encoded per batch by the config's encoder into {@code [T, B, C, H, W]};</li>
 *   <li>event recordings ({@link EvenSubset} subset): {@link EventFrameSource} reading and framing
 *       each recording (N-MNIST downsampled by an integer factor, the 128×128 sensors resized; by time,
 *       by event count or into SLAYER spike bins), optionally through the on-disk frame cache
 *       ({@code data.cache}), then kept in memory within a {@link MemoryBudget} ({@link MemoryCachedSource}).</li>
 * </ul>
 * Training samples are then shifted ({@link FrameShift}, after every cache) and shuffled; test
 * samples are neither. Recordings are read by the loader's worker a batch ahead, so memory is a few
 * batches plus the bounded cache whatever the number of recordings.
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
        return load(data, batchSize, testBatch, seed, MemoryBudget.fromHeap());
    }

    /** As {@link #load(DataConfig, int, int, long)} with the memory cache's budget given (0 bytes: no memory cache). */
    public static ExperimentData load(DataConfig data, int batchSize, int testBatch, long seed, MemoryBudget budget)
            throws IOException {
        DatasetShape shape = DatasetShape.REGISTRY.get(data.dataset());
        int shift = shift(data.augment());
        SampleSource train;
        SampleSource test;
        BatchEncoding encoding = null;
        if (!shape.events()) {
            Path dir = data.dir() == null ? null : Path.of(data.dir());
            boolean fashion = data.dataset().equals("fashion-mnist");
            train = ImageSource.of(ImageData.labeled(fashion, dir, Split.TRAIN, limit(data.limitTrain())));
            test = ImageSource.of(ImageData.labeled(fashion, dir, Split.TEST, limit(data.limitTest())));
            if (data.encoder() != null && !(data.encoder() instanceof LearnedEncoding)) {
                int steps = data.T();
                encoding = (x, rng) -> data.encoder().encode(x, steps, rng);
            }
        } else {
            FramesConfig f = data.frames();
            FramePipeline pipeline = FramePipeline.of(eventTransform(shape, f), framing(f));
            int[] sample = {f.T(), 2, f.size().get(0), f.size().get(1)};
            FrameCache disk = data.cache() == null ? null : new FrameCache(Path.of(data.cache()));
            train = frames(EvenSubset.of(EventSplits.split(data, Split.TRAIN, seed), data.limitTrain()), pipeline, sample,
                    disk, dataKey(data), budget);
            test = frames(EvenSubset.of(EventSplits.split(data, Split.TEST, seed), data.limitTest()), pipeline, sample,
                    disk, dataKey(data), budget);
        }
        SampleSource augmented = shift > 0 ? new AugmentedSource(train, new FrameShift(shift)) : train;
        return new ExperimentData(new DataLoader(augmented, LoaderConfig.training(batchSize), encoding),
                new DataLoader(test, LoaderConfig.evaluation(testBatch), encoding));
    }

    /** Framed recordings: read and framed, or through the disk cache; then the memory cache. */
    private static SampleSource frames(EventDataset ds, FramePipeline pipeline, int[] sample, FrameCache disk,
                                       String dataKey, MemoryBudget budget) {
        SampleSource framed = disk == null ? new EventFrameSource(ds, pipeline, sample)
                : new CachedFrameSource(ds, pipeline, disk, dataKey, sample);
        return budget.limit() == 0 ? framed : new MemoryCachedSource(framed, budget);
    }

    /** What besides the sample ids decides the events: the data folder and the AEDAT orientation. */
    private static String dataKey(DataConfig data) {
        Path root = data.dir() != null ? Path.of(data.dir()) : Path.of(String.valueOf(System.getenv("SNN4J_DATA")), data.dataset());
        String dir = root.toAbsolutePath().normalize().toString();
        return "data=" + dir + (data.orientation() == null ? "" : " orientation=" + data.orientation());
    }

    /** The recordings to binning resolution: N-MNIST downsampled by an integer factor, 128×128 sensors resized. */
    private static EventTransform eventTransform(DatasetShape shape, FramesConfig f) {
        if (shape.resizable()) {
            return new Resize(f.size().get(1), f.size().get(0));
        }
        int factor = factor(shape, f);
        return factor > 1 ? new Downsample(factor) : Compose.of();
    }

    private static FrameEncoder framing(FramesConfig f) {
        return switch (f.by()) {
            case "spikes" -> new ToSpikeTensor(Math.round(f.binMs() * 1000), f.T(), true, false);
            case "count" -> ToFrames.byEventCount(f.T());
            default -> ToFrames.byTime(f.T());
        };
    }

    private static Integer limit(int limit) {
        return limit == 0 ? null : limit;
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
