package org.snn4j.datasets.cache;

import java.io.IOException;
import java.util.random.RandomGenerator;
import org.snn4j.datasets.EvenSubset;
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
    private final String dataset;
    private final String config;

    /**
     * @param sampleShape the shape every sample has, e.g. {@code [10, 2, 34, 34]}
     * @throws IllegalArgumentException if the pipeline is random
     */
    public CachedFrameSource(EventDataset samples, FramePipeline pipeline, FrameCache cache, int... sampleShape) {
        this(samples, pipeline, cache, "", sampleShape);
    }

    /**
     * @param dataKey     what else decides the recordings' events besides the sample ids, e.g. the
     *                    data folder and the reader's orientation; appended to the pipeline's text
     *                    in the key, so a change of either misses the cache
     * @param sampleShape the shape every sample has, e.g. {@code [10, 2, 34, 34]}
     * @throws IllegalArgumentException if the pipeline is random
     */
    public CachedFrameSource(EventDataset samples, FramePipeline pipeline, FrameCache cache, String dataKey,
                             int... sampleShape) {
        super(samples, pipeline, sampleShape);
        if (pipeline.isRandom()) {
            throw new IllegalArgumentException("random transforms cannot be cached: " + pipeline.describe());
        }
        this.cache = cache;
        this.dataset = datasetSegment(samples);
        this.config = dataKey.isEmpty() ? pipeline.describe() : pipeline.describe() + " @ " + dataKey;
    }

    /**
     * The key's dataset name: the full dataset's (an {@link EvenSubset} shares its base's entries,
     * its ids being the base's), characters outside {@code [A-Za-z0-9._-]} replaced by {@code _}.
     */
    static String datasetSegment(EventDataset samples) {
        EventDataset d = samples instanceof EvenSubset s ? s.base() : samples;
        return d.name().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Infers the shape from sample 0 (through the cache). */
    public static CachedFrameSource inferShape(EventDataset samples, FramePipeline pipeline, FrameCache cache)
            throws IOException {
        if (samples.size() == 0) {
            throw new IllegalArgumentException("cannot infer the frame shape of the empty dataset " + samples.name());
        }
        CacheKey key = new CacheKey(datasetSegment(samples), samples.id(0), pipeline.describe());
        Frames f = cache.getOrCompute(key, () -> pipeline.apply(samples.get(0).events(), null));
        return new CachedFrameSource(samples, pipeline, cache, f.shape());
    }

    @Override
    public void fill(int index, float[] dest, RandomGenerator rng) throws IOException {
        CacheKey key = new CacheKey(dataset, samples.id(index), config);
        if (cache.readInto(key, shape, dest)) {
            return;
        }
        Frames f = framesOf(index, null);
        cache.write(key, f);
        System.arraycopy(f.data(), 0, dest, 0, f.length());
    }
}
