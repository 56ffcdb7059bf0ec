package org.snn4j.datasets.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.train.Batch;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.loader.AugmentedSource;
import org.snn4j.datasets.loader.DataLoader;
import org.snn4j.datasets.loader.EventFrameSource;
import org.snn4j.datasets.loader.LoaderConfig;
import org.snn4j.datasets.loader.SampleSource;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.FrameShift;
import org.snn4j.datasets.transforms.TestDatasets;
import org.snn4j.datasets.transforms.ToFrames;
import org.snn4j.datasets.transforms.ToSpikeTensor;

/** The memory cache: identical batches with and without it, packed forms, and the budget bound. */
class MemoryCachedSourceTest {

    /** Counts the base's reads. */
    private record Counted(SampleSource base, AtomicInteger reads) implements SampleSource {
        public int size() {
            return base.size();
        }

        public int label(int index) {
            return base.label(index);
        }

        public int[] sampleShape() {
            return base.sampleShape();
        }

        public boolean timeMajor() {
            return true;
        }

        public void fill(int index, float[] dest, RandomGenerator rng) throws IOException {
            reads.incrementAndGet();
            base.fill(index, dest, rng);
        }
    }

    private static List<INDArray> pass(SampleSource src, long seed) {
        List<INDArray> out = new ArrayList<>();
        Iterator<Batch> it = new DataLoader(new AugmentedSource(src, new FrameShift(3)), LoaderConfig.training(4)).batches(seed);
        it.forEachRemaining(b -> out.add(b.input()));
        return out;
    }

    private static EventDataset twelve() {
        return TestDatasets.subset(TestDatasets.nmnist(Split.TEST), 0, 9, 18, 27, 36, 45, 54, 63, 72, 81, 90, 99);
    }

    @Test
    void cachedAndStreamedGiveTheSameAugmentedBatchesAndTheBaseIsReadOnce() throws Exception {
        for (FramePipeline p : List.of(FramePipeline.of(ToFrames.byTime(4)), FramePipeline.of(ToFrames.byEventCount(3)),
                FramePipeline.of(new ToSpikeTensor(10_000, 30, true, false)))) {
            EventFrameSource framed = EventFrameSource.inferShape(twelve(), p);
            AtomicInteger reads = new AtomicInteger();
            MemoryCachedSource cached = new MemoryCachedSource(new Counted(framed, reads), new MemoryBudget(64L << 20));
            for (long seed : new long[] {1, 2, 2}) {
                assertEquals(pass(framed, seed), pass(cached, seed), p.describe() + " seed " + seed);
            }
            assertEquals(12, reads.get(), "every recording read once over three passes");
            assertEquals(12, cached.cachedCount());
        }
    }

    @Test
    void theBudgetBoundsTheCacheWhateverTheDatasetSize() throws Exception {
        EventFrameSource framed = EventFrameSource.inferShape(twelve(), FramePipeline.of(ToFrames.byTime(4)));
        float[] one = new float[framed.sampleLength()];
        framed.fill(0, one, null);
        MemoryBudget budget = new MemoryBudget(30_000);
        AtomicInteger reads = new AtomicInteger();
        MemoryCachedSource cached = new MemoryCachedSource(new Counted(framed, reads), budget);
        List<INDArray> first = pass(cached, 5);
        assertTrue(budget.used() <= budget.limit(), budget.used() + " > " + budget.limit());
        int kept = cached.cachedCount();
        assertTrue(kept > 0 && kept < 12, "kept " + kept);
        assertEquals(first, pass(cached, 5));
        assertEquals(12 + 12 - kept, reads.get(), "uncached samples are read again");
        MemoryCachedSource none = new MemoryCachedSource(framed, new MemoryBudget(0));
        assertEquals(first, pass(none, 5));
        assertEquals(0, none.cachedCount());
    }

    @Test
    void samplesComeBackExactlyInEveryPackedForm() throws Exception {
        float[][] samples = {{0, 1, 0, 1, 1, 0}, {0, 2.5f, 0, 0, 0, 0}, {1, 2, 3, 4, 5, 6}};
        SampleSource raw = new SampleSource() {
            public int size() {
                return 3;
            }

            public int label(int index) {
                return index;
            }

            public int[] sampleShape() {
                return new int[] {1, 2, 3};
            }

            public boolean timeMajor() {
                return true;
            }

            public void fill(int index, float[] dest, RandomGenerator rng) {
                System.arraycopy(samples[index], 0, dest, 0, 6);
            }
        };
        MemoryCachedSource cached = new MemoryCachedSource(raw, new MemoryBudget(1 << 20));
        float[] dest = new float[6];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 3; i++) {
                java.util.Arrays.fill(dest, 9f);
                cached.fill(i, dest, null);
                assertArrayEquals(samples[i], dest);
            }
        }
        assertEquals(3, cached.cachedCount());
    }
}
