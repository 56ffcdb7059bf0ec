package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Random translation, the spatial augmentation of every dataset: the whole sample (an image
 * {@code [C, H, W]}, a frame stack {@code [T, C, H, W]} or a spike tensor) moves by one integer
 * offset (dx, dy), each drawn uniformly from {−maxShiftPx..maxShiftPx} (dx first), the same for all
 * its planes; what leaves the H×W window is dropped and what enters is zero. This is SLAYER's
 * N-MNIST jitter (Shrestha &amp; Orchard, NeurIPS 2018, ±8 px on the events). Binning counts events
 * per pixel, so with fixed bins (SLAYER spike tensors) shifting the tensor equals shifting the events
 * before binning (tested); framing by time span or event count keeps the slice boundaries of the
 * unshifted recording (events pushed off the sensor would otherwise move them). Either way it runs
 * after the frame caches on the dense sample, so cached samples stay pre-augmentation; there is no
 * event-level copy.
 *
 * @param maxShiftPx largest shift in pixels along each axis, at least 0
 */
public record FrameShift(int maxShiftPx) implements FrameTransform {

    /** Validates the range. */
    public FrameShift {
        if (maxShiftPx < 0) {
            throw new IllegalArgumentException("maxShiftPx must be >= 0, got " + maxShiftPx);
        }
    }

    @Override
    public Frames apply(Frames frames, RandomGenerator rng) {
        float[] dst = new float[frames.length()];
        applyInto(frames.data(), frames.shape(), dst, rng);
        return new Frames(dst, frames.shape());
    }

    /**
     * Each sample of an in-memory batch {@code [B, ..., H, W]} shifted by its own draw, samples in
     * order (for callers batching arrays themselves; the loader applies {@link #apply} per sample).
     */
    public INDArray applyPerSample(INDArray batch, RandomGenerator rng) {
        long[] s = batch.shape();
        int b = (int) s[0];
        int[] sample = new int[s.length - 1];
        for (int d = 1; d < s.length; d++) {
            sample[d - 1] = Math.toIntExact(s[d]);
        }
        float[] all = batch.castTo(DataType.FLOAT).dup('c').data().asFloat();
        int len = all.length / Math.max(1, b);
        for (int i = 0; i < b; i++) {
            float[] one = java.util.Arrays.copyOfRange(all, i * len, (i + 1) * len);
            System.arraycopy(apply(new Frames(one, sample), rng).data(), 0, all, i * len, len);
        }
        return Nd4j.create(all, s, 'c');
    }

    @Override
    public void applyInto(float[] src, int[] shape, float[] dest, RandomGenerator rng) {
        int dx = rng.nextInt(2 * maxShiftPx + 1) - maxShiftPx;
        int dy = rng.nextInt(2 * maxShiftPx + 1) - maxShiftPx;
        shiftInto(src, shape, dest, dx, dy);
    }

    /** {@code frames} moved by (dx, dy) along its last two axes (W, H), zero-filled. */
    public static Frames shifted(Frames frames, int dx, int dy) {
        float[] dst = new float[frames.length()];
        shiftInto(frames.data(), frames.shape(), dst, dx, dy);
        return new Frames(dst, frames.shape());
    }

    /** Writes {@code src} (of {@code shape}) moved by (dx, dy) into {@code dest[0 .. src.length)}, zero-filled. */
    private static void shiftInto(float[] src, int[] shape, float[] dest, int dx, int dy) {
        if (shape.length < 2) {
            throw new IllegalArgumentException("a shift needs [..., H, W] data, got rank " + shape.length);
        }
        int h = shape[shape.length - 2];
        int w = shape[shape.length - 1];
        int plane = h * w;
        java.util.Arrays.fill(dest, 0, src.length, 0f);
        int planes = plane == 0 ? 0 : src.length / plane;
        int x0 = Math.max(0, dx);
        int x1 = Math.min(w, w + dx);
        for (int c = 0; c < planes && x0 < x1; c++) {
            int base = c * plane;
            for (int y = Math.max(0, dy); y < Math.min(h, h + dy); y++) {
                System.arraycopy(src, base + (y - dy) * w + x0 - dx, dest, base + y * w + x0, x1 - x0);
            }
        }
    }

    @Override
    public boolean isRandom() {
        return true;
    }
}
