package org.snn4j.datasets.loader;

import java.util.random.RandomGenerator;

/**
 * Static uint8 images (MNIST, Fashion-MNIST, CIFAR-10) as loader samples.
 *
 * <p>Pixels are stored as the dataset's bytes ({@code N × C × H × W}, C order) and scaled to
 * x = byte / 255 when a sample is filled. Without an encoder a sample is {@code [C, H, W]} and
 * batches are {@code [B, C, H, W]}; with an {@link ImageEncoder} a sample is
 * {@code [T, C, H, W]} and batches are time-major {@code [T, B, C, H, W]}.
 */
public final class ImageSource implements SampleSource {
    private final byte[] pixels;
    private final int[] labels;
    private final int channels;
    private final int height;
    private final int width;
    private final ImageEncoder encoder;
    private final ThreadLocal<float[]> scratch;

    /**
     * @param pixels  {@code labels.length × channels × height × width} unsigned bytes (not copied: do not modify)
     * @param labels  one label per image
     * @param encoder optional per-sample encoder, or null for plain {@code [C, H, W]} samples
     */
    public ImageSource(byte[] pixels, int[] labels, int channels, int height, int width, ImageEncoder encoder) {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("channels, height and width must be >= 1, got "
                    + channels + "x" + height + "x" + width);
        }
        long expected = (long) labels.length * channels * height * width;
        if (pixels.length != expected) {
            throw new IllegalArgumentException("pixels has " + pixels.length + " bytes, expected " + expected
                    + " for " + labels.length + " images of " + channels + "x" + height + "x" + width);
        }
        this.pixels = pixels;
        this.labels = labels.clone();
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.encoder = encoder;
        int imageLength = channels * height * width;
        this.scratch = ThreadLocal.withInitial(() -> new float[imageLength]);
    }

    /** Plain images, batches {@code [B, C, H, W]}. */
    public static ImageSource of(byte[] pixels, int[] labels, int channels, int height, int width) {
        return new ImageSource(pixels, labels, channels, height, width, null);
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public int[] sampleShape() {
        return encoder == null ? new int[] {channels, height, width}
                : new int[] {encoder.timeSteps(), channels, height, width};
    }

    @Override
    public boolean timeMajor() {
        return encoder != null;
    }

    @Override
    public void fill(int index, float[] dest, RandomGenerator rng) {
        int n = channels * height * width;
        float[] image = encoder == null ? dest : scratch.get();
        int base = index * n;
        for (int i = 0; i < n; i++) {
            image[i] = (pixels[base + i] & 0xFF) / 255f;
        }
        if (encoder != null) {
            encoder.encode(image, dest, rng);
        }
    }
}
