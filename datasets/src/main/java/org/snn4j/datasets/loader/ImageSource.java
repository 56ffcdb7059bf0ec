package org.snn4j.datasets.loader;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.io.LabeledImages;

/**
 * Static uint8 images (MNIST, Fashion-MNIST, CIFAR-10) as loader samples.
 *
 * <p>A pixel byte b becomes x = b / 255 when a sample is filled (the images stay compact as
 * bytes). Without an encoder a sample is {@code [C, H, W]} and batches are {@code [B, C, H, W]};
 * with an {@link ImageEncoder} a sample is {@code [T, C, H, W]} and batches are time-major
 * {@code [T, B, C, H, W]}.
 */
public final class ImageSource implements SampleSource {
    private static final float SCALE = 1f / 255f;

    private final LabeledImages images;
    private final ImageEncoder encoder;
    private final ThreadLocal<float[]> scratch;

    /**
     * @param images  the images and labels
     * @param encoder optional per-sample encoder, or null for plain {@code [C, H, W]} samples
     */
    public ImageSource(LabeledImages images, ImageEncoder encoder) {
        if (images == null) {
            throw new IllegalArgumentException("images must not be null");
        }
        this.images = images;
        this.encoder = encoder;
        int imageLength = images.imageBytes();
        this.scratch = ThreadLocal.withInitial(() -> new float[imageLength]);
    }

    /** Plain images, batches {@code [B, C, H, W]}. */
    public static ImageSource of(LabeledImages images) {
        return new ImageSource(images, null);
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
        int c = images.channels();
        int h = images.height();
        int w = images.width();
        return encoder == null ? new int[] {c, h, w} : new int[] {encoder.timeSteps(), c, h, w};
    }

    @Override
    public boolean timeMajor() {
        return encoder != null;
    }

    @Override
    public void fill(int index, float[] dest, RandomGenerator rng) {
        float[] image = encoder == null ? dest : scratch.get();
        images.copyImage(index, image, 0, SCALE);
        if (encoder != null) {
            encoder.encode(image, dest, rng);
        }
    }
}
