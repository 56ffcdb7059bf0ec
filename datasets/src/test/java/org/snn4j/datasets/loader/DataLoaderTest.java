package org.snn4j.datasets.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.datasets.io.LabeledImages;

class DataLoaderTest {

    private static List<int[]> labelsOfEpoch(DataLoader loader, int epoch) {
        List<int[]> out = new ArrayList<>();
        try (BatchIterator it = loader.epoch(epoch)) {
            while (it.hasNext()) {
                out.add(it.next().indices().clone());
            }
        }
        return out;
    }

    @Test
    void timeMajorBatchesPutSampleBAtBatchAxisOne() {
        CountingSource src = new CountingSource(5, Set.of(), true, 3, 2, 1, 2); // T=3, C=2, H=1, W=2
        DataLoader loader = new DataLoader(src, LoaderConfig.evaluation(2));
        assertArrayEquals(new long[] {3, 2, 2, 1, 2}, loader.batchShape());
        try (BatchIterator it = loader.epoch(0)) {
            Batch b = it.next();
            INDArray f = b.features();
            assertEquals(DataType.FLOAT, f.dataType());
            assertArrayEquals(new long[] {3, 2, 2, 1, 2}, f.shape());
            // sample 1, t = 2, c = 1, h = 0, w = 1 -> flat = ((2*2 + 1)*1 + 0)*2 + 1 = 11
            assertEquals(CountingSource.value(1, 11), f.getFloat(2, 1, 1, 0, 1));
            assertEquals(CountingSource.value(0, 0), f.getFloat(0, 0, 0, 0, 0));
            assertArrayEquals(new int[] {0, 1}, b.labels());
        }
    }

    @Test
    void staticBatchesAreBatchMajor() {
        CountingSource src = new CountingSource(3, Set.of(), false, 1, 2, 2);
        DataLoader loader = new DataLoader(src, LoaderConfig.evaluation(3));
        try (BatchIterator it = loader.epoch(0)) {
            INDArray f = it.next().features();
            assertArrayEquals(new long[] {3, 1, 2, 2}, f.shape());
            assertEquals(CountingSource.value(2, 3), f.getFloat(2, 0, 1, 1));
            assertFalse(it.hasNext());
        }
    }

    @Test
    void shufflingIsSeededPerEpochAndCoversEverySampleOnce() {
        CountingSource src = new CountingSource(50, Set.of(), true, 1, 1, 1, 1);
        DataLoader a = new DataLoader(src, LoaderConfig.training(8, 42));
        DataLoader b = new DataLoader(src, LoaderConfig.training(8, 42));
        assertArrayEquals(a.order(3), b.order(3));
        assertFalse(Arrays.equals(a.order(3), a.order(4)));
        assertFalse(Arrays.equals(a.order(3), new DataLoader(src, LoaderConfig.training(8, 43)).order(3)));
        int[] sorted = a.order(3).clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 50; i++) {
            assertEquals(i, sorted[i]);
        }
        List<int[]> batches = labelsOfEpoch(a, 3);
        int[] flat = batches.stream().flatMapToInt(Arrays::stream).toArray();
        assertArrayEquals(a.order(3), flat);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, Arrays.copyOf(new DataLoader(src, LoaderConfig.evaluation(8)).order(0), 5));
    }

    @Test
    void lastPartialBatchIsKeptOrDropped() {
        CountingSource src = new CountingSource(10, Set.of(), true, 2, 1, 1, 1);
        DataLoader keep = new DataLoader(src, LoaderConfig.evaluation(4));
        List<int[]> batches = labelsOfEpoch(keep, 0);
        assertEquals(List.of(4, 4, 2), batches.stream().map(x -> x.length).toList());
        assertEquals(3, keep.batchesPerEpoch());
        DataLoader drop = new DataLoader(src, LoaderConfig.evaluation(4).droppingLast());
        assertEquals(List.of(4, 4), labelsOfEpoch(drop, 0).stream().map(x -> x.length).toList());
        assertEquals(2, drop.batchesPerEpoch());
        try (BatchIterator it = keep.epoch(1)) {
            it.next();
            it.next();
            INDArray last = it.next().features();
            assertArrayEquals(new long[] {2, 2, 1, 1, 1}, last.shape());
            assertEquals(CountingSource.value(9, 1), last.getFloat(1, 1, 0, 0, 0));
        }
    }

    @Test
    void buffersAreReusedAcrossBatchesAndEpochs() {
        CountingSource src = new CountingSource(64, Set.of(), true, 4, 2, 8, 8);
        LoaderConfig cfg = new LoaderConfig(4, true, 1, true, 2, false);
        DataLoader loader = new DataLoader(src, cfg);
        IdentityHashMap<INDArray, Boolean> seen = new IdentityHashMap<>();
        for (int epoch = 0; epoch < 3; epoch++) {
            try (BatchIterator it = loader.epoch(epoch)) {
                while (it.hasNext()) {
                    Batch b = it.next();
                    seen.put(b.features(), true);
                    int first = b.indices()[0];
                    assertEquals(CountingSource.value(first, 5), b.features().getFloat(0, 0, 0, 0, 5));
                }
            }
        }
        assertTrue(seen.size() <= cfg.prefetchBatches() + 2, "distinct arrays: " + seen.size());
    }

    @Test
    void steadyStateWorkerAllocatesNothingPerSample() {
        CountingSource src = new CountingSource(400, Set.of(), true, 10, 2, 34, 34);
        DataLoader loader = new DataLoader(src, new LoaderConfig(16, true, 7, true, 2, false));
        labelsOfEpoch(loader, 0); // warm-up: buffers and lazily created arrays
        long before;
        try (BatchIterator it = loader.epoch(1)) {
            it.next();
            before = src.lastAllocatedBytes;
            while (it.hasNext()) {
                it.next();
            }
        }
        long perSample = (src.lastAllocatedBytes - before) / 380;
        // a sample is 92,480 bytes; queue hand-offs may allocate a few bytes per batch, never per sample
        assertTrue(perSample < 64, "worker allocated " + perSample + " bytes per sample");
    }

    @Test
    void badSamplesAreSkippedCountedAndReported() {
        CountingSource src = new CountingSource(10, Set.of(3, 7), true, 1, 1, 1, 1);
        DataLoader loader = new DataLoader(src, LoaderConfig.evaluation(4).skippingBadSamples());
        try (BatchIterator it = loader.epoch(0)) {
            List<Integer> got = new ArrayList<>();
            while (it.hasNext()) {
                for (int i : it.next().indices()) {
                    got.add(i);
                }
            }
            assertEquals(List.of(0, 1, 2, 4, 5, 6, 8, 9), got);
            assertEquals(2, it.skipped().size());
            assertEquals(new SkippedSample(3, "sample-3", "sample-3.bin: truncated at byte offset 15"), it.skipped().get(0));
        }
    }

    @Test
    void badSampleFailsTheEpochWhenNotSkipping() {
        CountingSource src = new CountingSource(10, Set.of(5), true, 1, 1, 1, 1);
        DataLoader loader = new DataLoader(src, LoaderConfig.evaluation(4));
        try (BatchIterator it = loader.epoch(0)) {
            it.next();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, it::next);
            assertTrue(e.getMessage().contains("sample 5 (sample-5)"), e.getMessage());
            assertTrue(e.getMessage().contains("byte offset 15"), e.getMessage());
            assertFalse(it.hasNext());
        }
    }

    @Test
    void closingEarlyStopsTheWorkerAndAllowsTheNextEpoch() {
        CountingSource src = new CountingSource(100, Set.of(), true, 1, 1, 1, 1);
        DataLoader loader = new DataLoader(src, LoaderConfig.training(2, 3));
        BatchIterator first = loader.epoch(0);
        first.next();
        assertThrows(IllegalStateException.class, () -> loader.epoch(1));
        first.close();
        assertFalse(first.hasNext());
        assertEquals(50, labelsOfEpoch(loader, 1).size());
    }

    @Test
    void sameSeedGivesTheSameBatchesWithAugmentation() {
        ImageSource src = new ImageSource(new LabeledImages(
                new byte[] {(byte) 128, (byte) 255, 0, 64, 10, 20, 30, 40}, new byte[] {1, 2}, 1, 2, 2), new RateEncoder(5, 1.0));
        DataLoader a = new DataLoader(src, LoaderConfig.training(2, 11));
        DataLoader b = new DataLoader(src, LoaderConfig.training(2, 11));
        INDArray fa;
        INDArray fb;
        try (BatchIterator ia = a.epoch(0); BatchIterator ib = b.epoch(0)) {
            fa = ia.next().features().dup();
            fb = ib.next().features().dup();
        }
        assertEquals(fa, fb);
        assertArrayEquals(new long[] {5, 2, 1, 2, 2}, fa.shape());
        try (BatchIterator ia = a.epoch(1)) {
            assertNotEquals(fa, ia.next().features());
        }
    }

    @Test
    void configValidationNamesTheField() {
        assertEquals("batchSize must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> LoaderConfig.training(0, 1)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new LoaderConfig(1, true, 1, false, 0, false))
                .getMessage().startsWith("prefetchBatches"));
    }

    @Test
    void batchArraysAreTheSameObjectWhileHeld() {
        CountingSource src = new CountingSource(4, Set.of(), true, 1, 1, 1, 1);
        DataLoader loader = new DataLoader(src, LoaderConfig.evaluation(2));
        try (BatchIterator it = loader.epoch(0)) {
            Batch b = it.next();
            assertSame(b.features(), b.features());
            assertEquals(2, b.size());
        }
    }
}
