package org.snn4j.datasets.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.loader.ParallelWorkers;
import org.snn4j.datasets.loader.SkippedSample;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.Frames;

/**
 * Fills a {@link FrameCache} for a whole dataset split in parallel.
 *
 * <p>{@code threads} workers (2 on this project's machines) take sample indices from a shared
 * counter; each checks the cache, and on a miss or corrupt entry reads the events, runs the
 * (deterministic) pipeline and writes the entry atomically. A failing sample is recorded in the
 * report and the run continues. Progress is reported per sample.
 */
public final class CachePreprocessor {
    private CachePreprocessor() {
    }

    /**
     * Preprocesses every sample of {@code samples}.
     *
     * @throws IllegalArgumentException if the pipeline is random or {@code threads < 1}
     */
    public static PreprocessReport run(EventDataset samples, FramePipeline pipeline, FrameCache cache, int threads,
                                       ProgressBar progress) throws InterruptedException {
        if (pipeline.isRandom()) {
            throw new IllegalArgumentException("random transforms cannot be cached: " + pipeline.describe());
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        long start = System.nanoTime();
        String config = pipeline.describe();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger computed = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        List<SkippedSample> failed = Collections.synchronizedList(new ArrayList<>());
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < samples.size(); i = next.getAndIncrement()) {
                processOne(samples, pipeline, cache, config, i, computed, reused, failed);
                progress.step(1);
            }
        };
        ParallelWorkers.run("snn4j-preprocess", threads, worker);
        progress.finish();
        List<SkippedSample> sorted = new ArrayList<>(failed);
        sorted.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new PreprocessReport(samples.size(), computed.get(), reused.get(), sorted,
                (System.nanoTime() - start) / 1e9);
    }

    private static void processOne(EventDataset samples, FramePipeline pipeline, FrameCache cache, String config, int i,
                                   AtomicInteger computed, AtomicInteger reused, List<SkippedSample> failed) {
        try {
            CacheKey key = new CacheKey(samples.name(), samples.id(i), config);
            if (cache.contains(key)) {
                reused.incrementAndGet();
                return;
            }
            Frames f = pipeline.apply(samples.get(i).events(), null);
            cache.write(key, f);
            computed.incrementAndGet();
        } catch (Exception e) {
            failed.add(new SkippedSample(i, samples.id(i), String.valueOf(e.getMessage())));
        }
    }
}
