package org.snn4j.datasets.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.train.Batch;
import org.snn4j.datasets.io.LabeledImages;
import org.snn4j.datasets.transforms.FrameShift;

/** The loader as the trainer's {@code BatchSource}: layout, seeded order, own arrays, failures, thread lifetime. */
class DataLoaderTest {

    /** The sample indices of each batch (CountingSource labels each sample with its index). */
    private static List<int[]> indicesOfPass(DataLoader loader, long seed) {
        List<int[]> out = new ArrayList<>();
        try (BatchIterator it = loader.batches(seed)) {
            while (it.hasNext()) {
                out.add(it.next().labels());
            }
        }
        return out;
    }

    @Test
    void timeMajorBatchesPutSampleBAtBatchAxisOne() {
        CountingSource src = new CountingSource(5, Set.of(), true, 3, 2, 1, 2); // T=3, C=2, H=1, W=2
        DataLoader loader = new DataLoader(src, LoaderConfig.evaluation(2));
        assertArrayEquals(new long[] {3, 2, 2, 1, 2}, loader.batchShape(2));
        try (BatchIterator it = loader.batches(0)) {
            Batch b = it.next();
            INDArray f = b.input();
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
        try (BatchIterator it = loader.batches(0)) {
            INDArray f = it.next().input();
            assertArrayEquals(new long[] {3, 1, 2, 2}, f.shape());
            assertEquals(CountingSource.value(2, 3), f.getFloat(2, 0, 1, 1));
            assertFalse(it.hasNext());
        }
    }

    @Test
    void sameEpochSeedSameBatchesOtherSeedOtherOrder() {
        CountingSource src = new CountingSource(50, Set.of(), true, 1, 1, 1, 1);
        DataLoader a = new DataLoader(src, LoaderConfig.training(8));
        DataLoader b = new DataLoader(src, LoaderConfig.training(8));
        assertArrayEquals(a.order(3), b.order(3));
        assertFalse(Arrays.equals(a.order(3), a.order(4)));
        int[] flat = indicesOfPass(a, 3).stream().flatMapToInt(Arrays::stream).toArray();
        assertArrayEquals(a.order(3), flat);
        assertArrayEquals(flat, indicesOfPass(b, 3).stream().flatMapToInt(Arrays::stream).toArray());
        assertFalse(Arrays.equals(flat, indicesOfPass(a, 4).stream().flatMapToInt(Arrays::stream).toArray()));
        int[] sorted = flat.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 50; i++) {
            assertEquals(i, sorted[i]);
        }
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, Arrays.copyOf(new DataLoader(src, LoaderConfig.evaluation(8)).order(9), 5));
    }

    @Test
    void lastPartialBatchIsKeptOrDropped() {
        CountingSource src = new CountingSource(10, Set.of(), true, 2, 1, 1, 1);
        DataLoader keep = new DataLoader(src, LoaderConfig.evaluation(4));
        assertEquals(List.of(4, 4, 2), indicesOfPass(keep, 0).stream().map(x -> x.length).toList());
        assertEquals(3, keep.batchesPerEpoch());
        DataLoader drop = new DataLoader(src, LoaderConfig.evaluation(4).droppingLast());
        assertEquals(List.of(4, 4), indicesOfPass(drop, 0).stream().map(x -> x.length).toList());
        assertEquals(2, drop.batchesPerEpoch());
        try (BatchIterator it = keep.batches(1)) {
            it.next();
            it.next();
            INDArray last = it.next().input();
            assertArrayEquals(new long[] {2, 2, 1, 1, 1}, last.shape());
            assertEquals(CountingSource.value(9, 1), last.getFloat(1, 1, 0, 0, 0));
        }
    }

    @Test
    void everyBatchHasItsOwnArraysThatStayValid() {
        CountingSource src = new CountingSource(64, Set.of(), true, 4, 2, 8, 8);
        DataLoader loader = new DataLoader(src, new LoaderConfig(4, true, true, 2, false));
        List<Batch> held = new ArrayList<>();
        try (BatchIterator it = loader.batches(5)) {
            it.forEachRemaining(held::add);
        }
        assertEquals(16, held.size());
        for (Batch b : held) {
            for (int k = 0; k < b.size(); k++) {
                assertEquals(CountingSource.value(b.labels()[k], 5), b.input().getFloat(0, k, 0, 0, 5));
            }
        }
        assertEquals(16, held.stream().map(b -> System.identityHashCode(b.input())).distinct().count());
    }

    @Test
    void badSamplesAreSkippedCountedAndReported() {
        CountingSource src = new CountingSource(10, Set.of(3, 7), true, 1, 1, 1, 1);
        DataLoader loader = new DataLoader(src, LoaderConfig.evaluation(4).skippingBadSamples());
        try (BatchIterator it = loader.batches(0)) {
            List<Integer> got = new ArrayList<>();
            while (it.hasNext()) {
                for (int i : it.next().labels()) {
                    got.add(i);
                }
            }
            assertEquals(List.of(0, 1, 2, 4, 5, 6, 8, 9), got);
            assertEquals(2, it.skipped().size());
            assertEquals(new SkippedSample(3, "sample-3", "sample-3.bin: truncated at byte offset 15"), it.skipped().get(0));
        }
    }

    @Test
    void badSampleFailsThePassWhenNotSkipping() {
        CountingSource src = new CountingSource(10, Set.of(5), true, 1, 1, 1, 1);
        DataLoader loader = new DataLoader(src, LoaderConfig.evaluation(4));
        try (BatchIterator it = loader.batches(0)) {
            it.next();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, it::next);
            assertTrue(e.getMessage().contains("sample 5 (sample-5)"), e.getMessage());
            assertTrue(e.getMessage().contains("byte offset 15"), e.getMessage());
            assertFalse(it.hasNext());
            assertTrue(it.finished());
        }
    }

    @Test
    void theWorkerThreadEndsAfterAPassAndWhenTheConsumerStopsEarly() {
        CountingSource src = new CountingSource(100, Set.of(), true, 1, 1, 1, 1);
        DataLoader loader = new DataLoader(src, LoaderConfig.training(2));
        BatchIterator full = loader.batches(1);
        int n = 0;
        while (full.hasNext()) {
            full.next();
            n++;
        }
        assertEquals(50, n);
        assertTrue(full.finished(), "hasNext() == false joins the worker");
        BatchIterator early = loader.batches(2);
        early.next();
        BatchIterator other = loader.batches(3); // passes are independent
        assertEquals(2, other.next().size());
        early.close();
        other.close();
        assertTrue(early.finished() && other.finished());
        assertFalse(early.hasNext());
    }

    @Test
    void sameSeedGivesTheSameAugmentedEncodedBatches() {
        SampleSource images = new AugmentedSource(ImageSource.of(new LabeledImages(
                new byte[] {(byte) 128, (byte) 255, 0, 64, 10, 20, 30, 40, 1, 2, 3, 4}, new byte[] {1, 2, 3}, 1, 2, 2)),
                new FrameShift(1));
        BatchEncoding noise = (x, rng) -> x.add(rng.nextDouble());
        DataLoader a = new DataLoader(images, LoaderConfig.training(3), noise);
        DataLoader b = new DataLoader(images, LoaderConfig.training(3), noise);
        try (BatchIterator ia = a.batches(11); BatchIterator ib = b.batches(11); BatchIterator other = a.batches(12)) {
            INDArray fa = ia.next().input();
            assertEquals(fa, ib.next().input());
            assertArrayEquals(new long[] {3, 1, 2, 2}, fa.shape());
            assertNotEquals(fa, other.next().input());
        }
    }

    @Test
    void configValidationNamesTheField() {
        assertEquals("batchSize must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> LoaderConfig.training(0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new LoaderConfig(1, true, false, 0, false))
                .getMessage().startsWith("prefetchBatches"));
    }
}
