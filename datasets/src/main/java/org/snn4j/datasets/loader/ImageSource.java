package org.snn4j.datasets.loader;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.io.LabeledImages;

/**
 * Static uint8 images (MNIST, Fashion-MNIST, CIFAR-10) as loader samples {@code [C, H, W]}, batched
 * {@code [B, C, H, W]}.
 *
 * <p>A pixel byte b becomes x = b / 255 when a sample is filled (the images stay compact as
 * bytes). A rate or latency code is a {@link BatchEncoding} of the loader, applied to the batch.
 */
public final class ImageSource implements SampleSource {
    private static final float SCALE = 1f / 255f;

    private final LabeledImages images;

    /** The images and labels. */
    public ImageSource(LabeledImages images) {
        if (images == null) {
            throw new IllegalArgumentException("images must not be null");
        }
        this.images = images;
    }

    /** Same as the constructor. */
    public static ImageSource of(LabeledImages images) {
        return new ImageSource(images);
    }

    @Override
    public int size() {
        return images.size();
    }

    @Override
    public int label(int index) {
        return images.label(index);
    }

    @Override
    public int[] sampleShape() {
        return new int[] {images.channels(), images.height(), images.width()};
    }

    @Override
    public boolean timeMajor() {
        return false;
    }

    @Override
    public void fill(int index, float[] dest, RandomGenerator rng) {
        images.copyImage(index, dest, 0, SCALE);
    }
}
