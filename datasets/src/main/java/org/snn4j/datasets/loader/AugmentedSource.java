package org.snn4j.datasets.loader;

import java.io.IOException;
import java.util.random.RandomGenerator;
import org.snn4j.datasets.transforms.FrameTransform;
import org.snn4j.datasets.transforms.Frames;

/**
 * Another source's samples passed through a random {@link FrameTransform} (the training
 * augmentation, e.g. {@link org.snn4j.datasets.transforms.FrameShift}). It sits after any cache, so
 * the cached samples stay pre-augmentation and each pass draws new offsets from the generator the
 * loader passes in (one per batch, split from the epoch seed).
 *
 * @param base      the deterministic samples
 * @param transform the augmentation, applied to each sample with its shape
 */
public record AugmentedSource(SampleSource base, FrameTransform transform) implements SampleSource {

    /** Validates the parts. */
    public AugmentedSource {
        if (base == null || transform == null) {
            throw new IllegalArgumentException("base and transform must not be null");
        }
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public int label(int index) {
        return base.label(index);
    }

    @Override
    public int[] sampleShape() {
        return base.sampleShape();
    }

    @Override
    public boolean timeMajor() {
        return base.timeMajor();
    }

    @Override
    public String id(int index) {
        return base.id(index);
    }

    @Override
    public void fill(int index, float[] dest, RandomGenerator rng) throws IOException {
        base.fill(index, dest, rng);
        int n = sampleLength();
        float[] sample = new float[n];
        System.arraycopy(dest, 0, sample, 0, n);
        Frames out = transform.apply(new Frames(sample, sampleShape()), rng);
        System.arraycopy(out.data(), 0, dest, 0, n);
    }
}
