package org.snn4j.datasets.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.train.Batch;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.loader.BatchIterator;
import org.snn4j.datasets.loader.DataLoader;
import org.snn4j.datasets.loader.LoaderConfig;
import org.snn4j.datasets.transforms.DropEvent;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.Frames;
import org.snn4j.datasets.transforms.TestDatasets;
import org.snn4j.datasets.transforms.ToFrames;

class CachePreprocessorTest {
    @TempDir
    Path dir;

    private static final FramePipeline PIPELINE = FramePipeline.of(ToFrames.byTime(4));

    @Test
    void preprocessesInParallelThenReusesThenRebuildsCorruptEntries() throws Exception {
        EventDataset test = TestDatasets.nmnist(Split.TEST); // 100 files
        FrameCache cache = new FrameCache(dir);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar("frames", test.size(), false, new PrintStream(log, true, StandardCharsets.UTF_8), false);
        PreprocessReport first = CachePreprocessor.run(test, PIPELINE, cache, 2, bar);
        assertEquals(100, first.computed());
        assertEquals(0, first.reused());
        assertTrue(first.failed().isEmpty());
        assertEquals(10, log.toString(StandardCharsets.UTF_8).lines().count());

        PreprocessReport second = CachePreprocessor.run(test, PIPELINE, cache, 2, ProgressBar.silent());
        assertEquals(100, second.reused());

        for (int i : new int[] {3, 50, 99}) {
            Path entry = cache.path(CacheKey.of(test.name(), test.id(i), PIPELINE));
            byte[] b = Files.readAllBytes(entry);
            b[100] ^= 0x40;
            Files.write(entry, b);
        }
        FrameCache reopened = new FrameCache(dir);
        PreprocessReport third = CachePreprocessor.run(test, PIPELINE, reopened, 2, ProgressBar.silent());
        assertEquals(3, third.computed());
        assertEquals(97, third.reused());
        assertEquals(3, reopened.stats().rebuilt());
        Frames direct = PIPELINE.apply(test.get(50).events(), null);
        assertEquals(direct, reopened.read(CacheKey.of(test.name(), test.id(50), PIPELINE)).orElseThrow());
    }

    @Test
    void failingSamplesAreReportedAndTheRunContinues() throws Exception {
        EventDataset data = TestDatasets.failing(TestDatasets.nmnist(Split.TEST), Set.of(1), 0, 1, 2);
        PreprocessReport r = CachePreprocessor.run(data, PIPELINE, new FrameCache(dir), 2, ProgressBar.silent());
        assertEquals(2, r.computed());
        assertEquals(1, r.failed().size());
        assertEquals(1, r.failed().get(0).index());
        assertTrue(r.failed().get(0).message().contains("byte offset 20"), r.failed().get(0).message());
        assertTrue(r.summary().startsWith("3 samples: 2 computed, 0 reused, 1 failed in "), r.summary());
    }

    @Test
    void randomPipelinesAreRefused() {
        FramePipeline random = FramePipeline.of(new DropEvent(0.2), ToFrames.byTime(4));
        assertThrows(IllegalArgumentException.class,
                () -> CachePreprocessor.run(TestDatasets.nmnist(Split.TEST), random, new FrameCache(dir), 2, ProgressBar.silent()));
        assertThrows(IllegalArgumentException.class,
                () -> new CachedFrameSource(TestDatasets.nmnist(Split.TEST), random, new FrameCache(dir), 4, 2, 34, 34));
    }

    @Test
    void cachedSourceFeedsTheLoaderWithTheSameFramesAsDirectComputation() throws Exception {
        EventDataset data = TestDatasets.subset(TestDatasets.nmnist(Split.TEST), 0, 1, 2, 3, 4);
        FrameCache cache = new FrameCache(dir);
        CachedFrameSource src = CachedFrameSource.inferShape(data, PIPELINE, cache);
        assertArrayEquals(new int[] {4, 2, 34, 34}, src.sampleShape());
        for (int pass = 0; pass < 2; pass++) {
            try (BatchIterator it = new DataLoader(src, LoaderConfig.evaluation(5)).batches(0)) {
                Batch b = it.next();
                INDArray f = b.input();
                for (int k = 0; k < 5; k++) {
                    double expected = data.get(k).events().size();
                    assertEquals(expected, f.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                            org.nd4j.linalg.indexing.NDArrayIndex.point(k)).sumNumber().doubleValue(), 0.0);
                }
            }
        }
        assertEquals(5, cache.stats().misses());
        // inferShape computed sample 0; pass 0 read it (1 hit) and computed 1..4; pass 1 read all 5
        assertEquals(6, cache.stats().hits());
    }
}
