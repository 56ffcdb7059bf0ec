package org.snn4j.experiment.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.train.Batch;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.datasets.DataLocator;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.Mnist;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.cache.MemoryBudget;
import org.snn4j.datasets.cache.ProgressBar;
import org.snn4j.datasets.emulator.EmulatedDatasets;
import org.snn4j.datasets.emulator.EmulationPreset;
import org.snn4j.datasets.io.LabeledImages;
import org.snn4j.datasets.transforms.Downsample;
import org.snn4j.datasets.transforms.FrameEncoder;
import org.snn4j.datasets.transforms.Frames;
import org.snn4j.datasets.transforms.ToFrames;
import org.snn4j.datasets.transforms.ToSpikeTensor;
import org.snn4j.experiment.RepoFiles;
import org.snn4j.experiment.config.AugmentConfig;
import org.snn4j.experiment.config.DataConfig;
import org.snn4j.experiment.config.FramesConfig;
import org.snn4j.neurons.encoding.BernoulliEncoder;

/**
 * The data path gives the same batches as the in-memory path it replaced (written against that
 * code first, then kept): N-MNIST frames by time and by count, downsampled or not, and SLAYER spike
 * tensors without jitter, shuffled and in order, against a reference that reads every recording,
 * frames it and batches the stack with {@link InMemoryBatchSource} (the old {@code EventFrames}
 * algorithm); Bernoulli-encoded MNIST against the old per-batch encoding. The memory and disk
 * caches change nothing but speed.
 */
class DataPathParityTest {
    @TempDir
    static Path tmp;
    static Path nmnist;

    @BeforeAll
    static void writeTree() throws Exception {
        byte[] labels = new byte[30];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) (i % 10);
        }
        byte[] pixels = new byte[labels.length * 28 * 28];
        new SplittableRandom(5).nextBytes(pixels);
        LabeledImages images = new LabeledImages(pixels, labels, 1, 28, 28);
        nmnist = tmp.resolve("nmnist");
        EmulatedDatasets.writeNMnistLayout(images.slice(0, 20), Split.TRAIN, nmnist, EmulationPreset.nmnist(), 1, 2,
                ProgressBar.silent());
        EmulatedDatasets.writeNMnistLayout(images.slice(20, 30), Split.TEST, nmnist, EmulationPreset.nmnist(), 1, 2,
                ProgressBar.silent());
    }

    private static DataConfig nmnistConfig(FramesConfig frames, int limitTrain) {
        return nmnistConfig(frames, limitTrain, List.of(), null);
    }

    private static DataConfig nmnistConfig(FramesConfig frames, int limitTrain, List<AugmentConfig> augment, Path cache) {
        return new DataConfig("nmnist", nmnist.toString(), frames.T(), null, frames, limitTrain, 0, augment, null,
                null, 0, cache == null ? null : cache.toString());
    }

    private static long entries(Path dir) throws java.io.IOException {
        try (var s = java.nio.file.Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".frames")).count();
        }
    }

    /** The old EventFrames algorithm: evenly spaced recordings, framed, stacked, batched in memory. */
    private static BatchSource reference(Split split, FrameEncoder framing, int factor, int limit, int batch,
                                         boolean shuffle) throws Exception {
        EventDataset ds = NMnist.at(nmnist).split(split);
        int n = limit == 0 ? ds.size() : Math.min(limit, ds.size());
        Downsample down = factor > 1 ? new Downsample(factor) : null;
        INDArray[] rows = new INDArray[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int idx = (int) ((long) i * ds.size() / n);
            Frames f = framing.encode(down == null ? ds.get(idx).events() : down.apply(ds.get(idx).events(), null));
            long[] shape = new long[f.rank() + 1];
            shape[0] = 1;
            for (int d = 0; d < f.rank(); d++) {
                shape[d + 1] = f.dim(d);
            }
            rows[i] = Nd4j.create(f.data(), shape, 'c');
            labels[i] = ds.label(idx);
        }
        return new InMemoryBatchSource(Nd4j.concat(0, rows), labels, batch, shuffle,
                (raw, rng) -> raw.permute(1, 0, 2, 3, 4).dup('c'));
    }

    private static void assertSameBatches(BatchSource expected, BatchSource actual, long seed) {
        assertEquals(expected.numSamples(), actual.numSamples());
        Iterator<Batch> e = expected.batches(seed);
        Iterator<Batch> a = actual.batches(seed);
        int k = 0;
        while (e.hasNext()) {
            Batch eb = e.next();
            Batch ab = a.next();
            assertArrayEquals(eb.labels(), ab.labels(), "labels of batch " + k);
            assertArrayEquals(eb.input().shape(), ab.input().shape(), "shape of batch " + k);
            assertEquals(eb.input().castTo(ab.input().dataType()), ab.input(), "input of batch " + k);
            k++;
        }
        assertFalse(a.hasNext());
    }

    @Test
    void nmnistFramesByTimeMatchTheInMemoryPath() throws Exception {
        FramesConfig f = new FramesConfig("time", 4, List.of(34, 34), 1);
        ExperimentData data = ExperimentData.load(nmnistConfig(f, 12), 5, 4, 1);
        assertSameBatches(reference(Split.TRAIN, ToFrames.byTime(4), 1, 12, 5, true), data.train(), 7);
        assertSameBatches(reference(Split.TEST, ToFrames.byTime(4), 1, 0, 4, false), data.test(), 0);
    }

    @Test
    void nmnistDownsampledCountFramesMatchTheInMemoryPath() throws Exception {
        FramesConfig f = new FramesConfig("count", 3, List.of(17, 17), 1);
        ExperimentData data = ExperimentData.load(nmnistConfig(f, 0), 6, 4, 1);
        assertSameBatches(reference(Split.TRAIN, ToFrames.byEventCount(3), 2, 0, 6, true), data.train(), 11);
        assertSameBatches(reference(Split.TEST, ToFrames.byEventCount(3), 2, 0, 4, false), data.test(), 0);
    }

    @Test
    void slayerSpikeTensorsMatchTheInMemoryPath() throws Exception {
        FramesConfig f = new FramesConfig("spikes", 20, List.of(34, 34), 5);
        ExperimentData data = ExperimentData.load(nmnistConfig(f, 9), 4, 4, 1);
        ToSpikeTensor bins = new ToSpikeTensor(5000, 20, true, false);
        assertSameBatches(reference(Split.TRAIN, bins, 1, 9, 4, true), data.train(), 3);
    }

    @Test
    void memoryAndDiskCachesDoNotChangeTheShiftedBatches() throws Exception {
        FramesConfig f = new FramesConfig("time", 4, List.of(34, 34), 1);
        List<AugmentConfig> shift = List.of(new AugmentConfig("shift", 2));
        Path cache = tmp.resolve("frame-cache");
        ExperimentData streamed = ExperimentData.load(nmnistConfig(f, 12, shift, null), 5, 4, 1, new MemoryBudget(0));
        ExperimentData memory = ExperimentData.load(nmnistConfig(f, 12, shift, null), 5, 4, 1);
        ExperimentData disk = ExperimentData.load(nmnistConfig(f, 12, shift, cache), 5, 4, 1, new MemoryBudget(0));
        for (long seed : new long[] {3, 4, 3}) {
            assertSameBatches(streamed.train(), memory.train(), seed);
            assertSameBatches(streamed.train(), disk.train(), seed);
        }
        assertEquals(12, entries(cache), "one entry per training recording");
        assertSameBatches(streamed.test(), disk.test(), 0);
        assertEquals(22, entries(cache));
        FramesConfig other = new FramesConfig("time", 5, List.of(34, 34), 1);
        ExperimentData.load(nmnistConfig(other, 12, shift, cache), 5, 4, 1).train().batches(0).forEachRemaining(b -> { });
        assertEquals(34, entries(cache), "another framing misses the cache and adds its own entries");
    }

    @Test
    void bernoulliImagesMatchThePerBatchEncoding() throws Exception {
        Path mnist = RepoFiles.sharedMnist();
        assumeTrue(mnist != null, "needs $SNN4J_DATA/mnist");
        LabeledImages li = Mnist.locate(DataLocator.explicit(mnist)).load(Split.TRAIN).spread(30);
        BernoulliEncoder enc = new BernoulliEncoder();
        BatchSource expected = new InMemoryBatchSource(li.toINDArray(1f / 255f), li.labels(), 8, true,
                (x, rng) -> enc.encode(x, 3, rng));
        DataConfig cfg = new DataConfig("mnist", mnist.toString(), 3, enc, null, 30, 30, List.of(), null, null, 0, null);
        ExperimentData data = ExperimentData.load(cfg, 8, 8, 1);
        assertSameBatches(expected, data.train(), 5);
    }
}
