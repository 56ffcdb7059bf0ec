package org.snn4j.experiment.data;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.train.InMemoryBatchSource;

/**
 * Training augmentation for {@code [B, ..., H, W]} samples (images {@code [B, C, H, W]} or frame
 * stacks {@code [B, T, C, H, W]}): each sample moves by one random integer offset in
 * {@code [−max, max]} along both spatial axes (the same for all its planes), filling with zeros.
 */
public final class RandomShift implements InMemoryBatchSource.BatchTransform {
    private final int max;

    public RandomShift(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max shift must be >= 0, got " + max);
        }
        this.max = max;
    }

    @Override
    public INDArray apply(INDArray raw, SplittableRandom rng) {
        long[] s = raw.shape();
        int b = (int) s[0];
        int h = (int) s[s.length - 2];
        int w = (int) s[s.length - 1];
        int plane = h * w;
        int c = (int) (raw.length() / ((long) b * plane));
        float[] src = raw.castTo(DataType.FLOAT).dup('c').data().asFloat();
        float[] dst = new float[src.length];
        for (int i = 0; i < b; i++) {
            int dy = rng.nextInt(2 * max + 1) - max;
            int dx = rng.nextInt(2 * max + 1) - max;
            for (int ch = 0; ch < c; ch++) {
                int base = (i * c + ch) * plane;
                for (int y = 0; y < h; y++) {
                    int sy = y - dy;
                    if (sy < 0 || sy >= h) {
                        continue;
                    }
                    for (int x = 0; x < w; x++) {
                        int sx = x - dx;
                        if (sx >= 0 && sx < w) {
                            dst[base + y * w + x] = src[base + sy * w + sx];
                        }
                    }
                }
            }
        }
        return Nd4j.create(dst, s, 'c');
    }
}
