package org.snn4j.datasets.io;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An immutable set of 8-bit images with integer labels, stored compactly as unsigned bytes in
 * {@code [N, C, H, W]} row-major order (channel planes, first row at the top). Used for MNIST,
 * Fashion-MNIST (C = 1, 28x28) and CIFAR-10 (C = 3 as R, G, B planes, 32x32).
 */
public final class LabeledImages {
    private final byte[] pixels;
    private final byte[] labels;
    private final int channels;
    private final int height;
    private final int width;

    /**
     * Takes ownership of both arrays.
     *
     * @param pixels {@code N*C*H*W} unsigned bytes
     * @param labels {@code N} labels, each 0..127
     * @throws IllegalArgumentException if the sizes disagree or a label is negative
     */
    public LabeledImages(byte[] pixels, byte[] labels, int channels, int height, int width) {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("channels, height and width must be > 0, got " + channels
                    + "x" + height + "x" + width);
        }
        if ((long) labels.length * channels * height * width != pixels.length) {
            throw new IllegalArgumentException(labels.length + " labels need " + (long) labels.length * channels
                    * height * width + " pixels, got " + pixels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("label " + i + " is negative: " + labels[i]);
            }
        }
        this.pixels = pixels;
        this.labels = labels;
        this.channels = channels;
        this.height = height;
        this.width = width;
    }

    /** Number of images N. */
    public int size() {
        return labels.length;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Bytes per image: C*H*W. */
    public int imageBytes() {
        return channels * height * width;
    }

    public int label(int i) {
        return labels[i];
    }

    /** Copy of all labels. */
    public int[] labels() {
        int[] out = new int[labels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels[i];
        }
        return out;
    }

    /** Pixel value 0..255 of image {@code i}, channel {@code c}, row {@code y}, column {@code x}. */
    public int pixel(int i, int c, int y, int x) {
        return pixels[((i * channels + c) * height + y) * width + x] & 0xFF;
    }

    /** Copies image {@code i} (C*H*W unsigned bytes) into {@code dst} at {@code offset}. */
    public void copyImage(int i, byte[] dst, int offset) {
        System.arraycopy(pixels, i * imageBytes(), dst, offset, imageBytes());
    }

    /** Writes image {@code i} as {@code pixel * scale} into {@code dst} at {@code offset}. */
    public void copyImage(int i, float[] dst, int offset, float scale) {
        int n = imageBytes();
        int base = i * n;
        for (int k = 0; k < n; k++) {
            dst[offset + k] = (pixels[base + k] & 0xFF) * scale;
        }
    }

    /** Images {@code [from, to)} as a new set (copies). */
    public LabeledImages slice(int from, int to) {
        byte[] p = Arrays.copyOfRange(pixels, from * imageBytes(), to * imageBytes());
        return new LabeledImages(p, Arrays.copyOfRange(labels, from, to), channels, height, width);
    }

    /**
     * {@code count} evenly spaced images (index {@code ⌊i·N/count⌋}, i = 0..count-1, the
     * {@link org.snn4j.datasets.EvenSubset#index} rule) as a new set;
     * all of them when {@code count >= N}. Keeps every class of a class-sorted file.
     */
    public LabeledImages spread(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, got " + count);
        }
        if (count >= size()) {
            return this;
        }
        int n = imageBytes();
        byte[] p = new byte[Math.multiplyExact(count, n)];
        byte[] l = new byte[count];
        for (int i = 0; i < count; i++) {
            int src = org.snn4j.datasets.EvenSubset.index(i, size(), count);
            System.arraycopy(pixels, src * n, p, i * n, n);
            l[i] = labels[src];
        }
        return new LabeledImages(p, l, channels, height, width);
    }

    /** All images as float32 {@code [N, C, H, W]} holding {@code pixel * scale} (e.g. 1/255). */
    public INDArray toINDArray(float scale) {
        float[] out = new float[pixels.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (pixels[k] & 0xFF) * scale;
        }
        return Nd4j.create(out, new long[] {size(), channels, height, width}, 'c');
    }

    @Override
    public String toString() {
        return "LabeledImages[" + size() + " x " + channels + "x" + height + "x" + width + "]";
    }
}
