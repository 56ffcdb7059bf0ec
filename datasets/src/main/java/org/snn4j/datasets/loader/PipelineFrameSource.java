package org.snn4j.datasets.loader;

import java.io.IOException;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.transforms.FramePipeline;
import org.snn4j.datasets.transforms.Frames;

/**
 * What every source of frames made from event recordings shares: the recordings, the
 * {@link FramePipeline} that bins them, the fixed time-major sample shape {@code [T, C, H, W]},
 * and the check that each sample really has that shape. Subclasses decide where frames come from
 * ({@link EventFrameSource}: computed on every read; the cache's source: computed once, then read).
 */
public abstract class PipelineFrameSource implements SampleSource {
    protected final EventDataset samples;
    protected final FramePipeline pipeline;
    protected final int[] shape;

    /**
     * @param sampleShape the shape every sample must have, e.g. {@code [10, 2, 34, 34]}
     */
    protected PipelineFrameSource(EventDataset samples, FramePipeline pipeline, int... sampleShape) {
        if (samples == null || pipeline == null) {
            throw new IllegalArgumentException("samples and pipeline must not be null");
        }
        if (sampleShape.length < 1) {
            throw new IllegalArgumentException("sampleShape must have a time axis, got " + Arrays.toString(sampleShape));
        }
        this.samples = samples;
        this.pipeline = pipeline;
        this.shape = sampleShape.clone();
    }

    @Override
    public int size() {
        return samples.size();
    }

    @Override
    public int label(int index) {
        return samples.label(index);
    }

    @Override
    public String id(int index) {
        return samples.id(index);
    }

    @Override
    public int[] sampleShape() {
        return shape.clone();
    }

    @Override
    public boolean timeMajor() {
        return true;
    }

    /**
     * Runs the pipeline on recording {@code index}.
     *
     * @throws IOException if the recording cannot be read or its frames do not have the sample shape
     */
    protected Frames framesOf(int index, RandomGenerator rng) throws IOException {
        Frames f = pipeline.apply(samples.get(index).events(), rng);
        if (!Arrays.equals(f.shape(), shape)) {
            throw new IOException(samples.name() + " sample " + samples.id(index) + " gave frames of shape "
                    + Arrays.toString(f.shape()) + ", expected " + Arrays.toString(shape)
                    + " (use a fixed frame count)");
        }
        return f;
    }
}
