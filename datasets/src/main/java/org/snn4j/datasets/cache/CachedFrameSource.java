package org.snn4j.datasets.cache;

import java.io.IOException;
import java.util.random.RandomGenerator;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.loader.PipelineFrameSource;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.Frames;

/**
 * A loader source that serves preprocessed frames from a {@link FrameCache}, computing and
 * storing any missing or corrupt entry on first use. Samples are {@code [T, C, H, W]},
 * time-major. Only deterministic pipelines can be cached; apply random augmentation elsewhere.
 */
public final class CachedFrameSource extends PipelineFrameSource {
    private final FrameCache cache;
    private final String config;

    /**
     * @param sampleShape the shape every sample has, e.g. {@code [10, 2, 34, 34]}
     * @throws IllegalArgumentException if the pipeline is random
     */
    public CachedFrameSource(EventDataset samples, FramePipeline pipeline, FrameCache cache, int... sampleShape) {
        super(samples, pipeline, sampleShape);
        if (pipeline.isRandom()) {
            throw new IllegalArgumentException("random transforms cannot be cached: " + pipeline.describe());
        }
        this.cache = cache;
        this.config = pipeline.describe();
    }

    /** Infers the shape from sample 0 (through the cache). */
    public static CachedFrameSource inferShape(EventDataset samples, FramePipeline pipeline, FrameCache cache)
            throws IOException {
        if (samples.size() == 0) {
            throw new IllegalArgumentException("cannot infer the frame shape of the empty dataset " + samples.name());
        }
        CacheKey key = new CacheKey(samples.name(), samples.id(0), pipeline.describe());
        Frames f = cache.getOrCompute(key, () -> pipeline.apply(samples.get(0).events(), null));
        return new CachedFrameSource(samples, pipeline, cache, f.shape());
    }

    @Override
    public void fill(int index, float[] dest, RandomGenerator rng) throws IOException {
        CacheKey key = new CacheKey(samples.name(), samples.id(index), config);
        if (cache.readInto(key, shape, dest)) {
            return;
        }
        Frames f = framesOf(index, null);
        cache.write(key, f);
        System.arraycopy(f.data(), 0, dest, 0, f.length());
    }
}
