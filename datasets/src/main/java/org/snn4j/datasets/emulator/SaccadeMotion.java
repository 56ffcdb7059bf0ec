package org.snn4j.datasets.emulator;

import java.util.Arrays;

/**
 * Piecewise movement through a closed polygon of vertices, one saccade per edge, as the ATIS
 * pan-tilt unit did for N-MNIST (Orchard et al., Front. Neurosci. 9:437, 2015: three saccades of
 * about 100 ms along a triangle, returning to the start).
 *
 * <p>Saccade k (k = 0..n−1) runs from vertex k to vertex (k+1) mod n during
 * [k·T<sub>s</sub>, (k+1)·T<sub>s</sub>) with a raised-cosine profile
 * s(u) = (1 − cos πu)/2, u ∈ [0, 1], so the speed is zero at the vertices and peaks mid-saccade:
 * each saccade produces one burst of events. After the last saccade the image rests at vertex 0.
 *
 * @param xs        vertex x offsets in pixels
 * @param ys        vertex y offsets in pixels
 * @param saccadeUs duration T<sub>s</sub> of one saccade in µs
 */
public record SaccadeMotion(double[] xs, double[] ys, double saccadeUs) implements Motion {

    /** Validates and copies the vertices. */
    public SaccadeMotion {
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("xs and ys must have the same length >= 2, got " + xs.length + " and " + ys.length);
        }
        if (!(saccadeUs > 0)) {
            throw new IllegalArgumentException("saccadeUs must be > 0, got " + saccadeUs);
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    /**
     * N-MNIST-like: the triangle (2, 1.5) → (0, −1.5) → (−2, 1.5) → back, in pixels around the
     * centred position: up-left, down-left, then right, three 100 ms saccades, 300 ms in total.
     * The directions match the edge polarities seen in real N-MNIST recordings (first saccade:
     * ON events on the upper and left edges of bright strokes; third saccade: horizontal only).
     */
    public static SaccadeMotion nmnist() {
        return new SaccadeMotion(new double[] {2, 0, -2}, new double[] {1.5, -1.5, 1.5}, 100_000);
    }

    @Override
    public double dx(double tUs) {
        return along(xs, tUs);
    }

    @Override
    public double dy(double tUs) {
        return along(ys, tUs);
    }

    /** Number of saccades (edges of the closed polygon). */
    public int saccades() {
        return xs.length;
    }

    private double along(double[] v, double tUs) {
        int n = v.length;
        if (tUs <= 0 || tUs >= n * saccadeUs) {
            return v[0];
        }
        int k = (int) (tUs / saccadeUs);
        double u = tUs / saccadeUs - k;
        double s = (1 - Math.cos(Math.PI * u)) / 2;
        return v[k] + (v[(k + 1) % n] - v[k]) * s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SaccadeMotion m && Arrays.equals(xs, m.xs) && Arrays.equals(ys, m.ys) && saccadeUs == m.saccadeUs;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(xs) + Arrays.hashCode(ys)) + Double.hashCode(saccadeUs);
    }

    @Override
    public String toString() {
        return "SaccadeMotion[xs=" + Arrays.toString(xs) + ", ys=" + Arrays.toString(ys) + ", saccadeUs=" + saccadeUs + "]";
    }
}
