package org.snn4j.datasets.loader;

import java.io.IOException;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.Frames;

/**
 * Event recordings turned into frames on the fly by a {@link FramePipeline}; samples are
 * {@code [T, C, H, W]}, time-major. Use the frame cache instead when the pipeline is
 * deterministic and the dataset is read more than once.
 */
public final class EventFrameSource extends PipelineFrameSource {
    /**
     * @param sampleShape the shape every sample must have, e.g. {@code [10, 2, 34, 34]}
     */
    public EventFrameSource(EventDataset samples, FramePipeline pipeline, int... sampleShape) {
        super(samples, pipeline, sampleShape);
    }

    /** Infers the sample shape by running the pipeline on sample 0 (with a generator seeded 0). */
    public static EventFrameSource inferShape(EventDataset samples, FramePipeline pipeline) throws IOException {
        if (samples.size() == 0) {
            throw new IllegalArgumentException("cannot infer the frame shape of the empty dataset " + samples.name());
        }
        int[] shape = pipeline.apply(samples.get(0).events(), new SplittableRandom(0)).shape();
        return new EventFrameSource(samples, pipeline, shape);
    }

    @Override
    public void fill(int index, float[] dest, RandomGenerator rng) throws IOException {
        Frames f = framesOf(index, rng);
        System.arraycopy(f.data(), 0, dest, 0, f.length());
    }
}
