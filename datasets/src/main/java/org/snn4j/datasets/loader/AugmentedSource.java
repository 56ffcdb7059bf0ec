package org.snn4j.datasets.loader;

import java.io.IOException;
import java.util.random.RandomGenerator;
import org.snn4j.datasets.transforms.FrameTransform;

/**
 * Another source's samples passed through a random {@link FrameTransform} (the training
 * augmentation, e.g. {@link org.snn4j.datasets.transforms.FrameShift}). It sits after any cache, so
 * the cached samples stay pre-augmentation and each pass draws new offsets from the generator the
 * loader passes in (one per batch, split from the epoch seed).
 */
public final class AugmentedSource extends ForwardingSource {
    private final FrameTransform transform;
    private final int[] shape;
    private final ThreadLocal<float[]> scratch;

    /**
     * @param base      the deterministic samples
     * @param transform the augmentation, applied to each sample with its shape
     */
    public AugmentedSource(SampleSource base, FrameTransform transform) {
        super(base);
        if (transform == null) {
            throw new IllegalArgumentException("transform must not be null");
        }
        this.transform = transform;
        this.shape = base.sampleShape();
        int length = base.sampleLength();
        this.scratch = ThreadLocal.withInitial(() -> new float[length]);
    }

    @Override
    public void fill(int index, float[] dest, RandomGenerator rng) throws IOException {
        float[] sample = scratch.get();
        base.fill(index, sample, rng);
        transform.applyInto(sample, shape, dest, rng);
    }
}
