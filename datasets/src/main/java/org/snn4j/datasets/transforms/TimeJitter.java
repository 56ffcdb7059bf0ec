package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;

/**
 * Adds independent Gaussian noise to every timestamp: t' = t + round(σ·z), z ~ N(0, 1) drawn per
 * event in event order. Timestamps below 0 are clipped to 0. The events are then re-sorted by t'
 * with a stable sort (ties keep their input order), so the output is time-ordered again.
 *
 * @param stdUs σ in µs, at least 0
 */
public record TimeJitter(double stdUs) implements EventTransform {

    /** Validates σ. */
    public TimeJitter {
        if (!(stdUs >= 0) || Double.isInfinite(stdUs)) {
            throw new IllegalArgumentException("stdUs must be a finite value >= 0, got " + stdUs);
        }
    }

    @Override
    public Events apply(Events events, RandomGenerator rng) {
        int n = events.size();
        long[] jittered = new long[n];
        for (int i = 0; i < n; i++) {
            long t = events.t(i) + Math.round(stdUs * rng.nextGaussian());
            jittered[i] = Math.max(0, t);
        }
        int[] order = stableOrder(jittered);
        short[] x = new short[n];
        short[] y = new short[n];
        long[] t = new long[n];
        byte[] p = new byte[n];
        for (int j = 0; j < n; j++) {
            int i = order[j];
            x[j] = (short) events.x(i);
            y[j] = (short) events.y(i);
            t[j] = jittered[i];
            p[j] = (byte) events.p(i);
        }
        return new Events(x, y, t, p, events.width(), events.height());
    }

    @Override
    public boolean isRandom() {
        return true;
    }

    /** Indices sorting {@code keys} ascending, stable (bottom-up merge sort). */
    static int[] stableOrder(long[] keys) {
        int n = keys.length;
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(keys, a, b, lo, mid, hi);
            }
            int[] swap = a;
            a = b;
            b = swap;
        }
        return a;
    }

    private static void merge(long[] keys, int[] src, int[] dst, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || keys[src[i]] <= keys[src[j]])) {
                dst[k] = src[i++];
            } else {
                dst[k] = src[j++];
            }
        }
    }
}
