package org.snn4j.datasets.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.datasets.EvenSubset;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.loader.EventFrameSource;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.TestDatasets;
import org.snn4j.datasets.transforms.ToFrames;

/** The on-disk frame cache as a loader source: hit, miss, and invalidation by framing or data key. */
class DiskCacheKeyTest {
    @TempDir
    Path dir;

    private static CacheStats read(EventDataset ds, FramePipeline p, String dataKey, Path root) throws Exception {
        FrameCache cache = new FrameCache(root);
        EventFrameSource plain = EventFrameSource.inferShape(ds, p);
        CachedFrameSource cached = new CachedFrameSource(ds, p, cache, dataKey, plain.sampleShape());
        float[] want = new float[plain.sampleLength()];
        float[] got = new float[plain.sampleLength()];
        for (int i = 0; i < ds.size(); i++) {
            plain.fill(i, want, null);
            cached.fill(i, got, null);
            assertArrayEquals(want, got, ds.id(i));
        }
        return cache.stats();
    }

    @Test
    void secondReadHitsAndAChangedFramingOrDataKeyMisses() throws Exception {
        EventDataset ds = EvenSubset.of(TestDatasets.nmnist(Split.TEST), 6); // a subset: its name has brackets
        FramePipeline byTime = FramePipeline.of(ToFrames.byTime(4));
        assertEquals(new CacheStats(0, 6, 0), read(ds, byTime, "data=/a", dir));
        assertEquals(new CacheStats(6, 0, 0), read(ds, byTime, "data=/a", dir));
        assertEquals(new CacheStats(0, 6, 0), read(ds, FramePipeline.of(ToFrames.byTime(5)), "data=/a", dir));
        assertEquals(new CacheStats(0, 6, 0), read(ds, FramePipeline.of(ToFrames.byEventCount(4)), "data=/a", dir));
        assertEquals(new CacheStats(0, 6, 0), read(ds, byTime, "data=/b", dir));
        assertEquals(new CacheStats(6, 0, 0), read(EvenSubset.of(TestDatasets.nmnist(Split.TEST), 6), byTime, "data=/a", dir));
    }
}
