package org.snn4j.datasets.events;

import java.util.Arrays;

/**
 * An immutable event stream in structure-of-arrays form, with its sensor geometry.
 *
 * <p>Event {@code i} is pixel ({@code x[i]}, {@code y[i]}) with polarity {@code p[i]} (1 = ON,
 * brightness increase; 0 = OFF) at time {@code t[i]} in microseconds. x is the column and y the
 * row, origin top-left, unless a reader documents otherwise. Timestamps are non-decreasing for
 * well-formed recordings; readers decide whether to enforce that.
 */
public final class Events {
    private final short[] x;
    private final short[] y;
    private final long[] t;
    private final byte[] p;
    private final int width;
    private final int height;

    /**
     * Takes ownership of the arrays (callers must not modify them afterwards).
     *
     * @throws IllegalArgumentException if lengths differ or a coordinate is outside the sensor
     */
    public Events(short[] x, short[] y, long[] t, byte[] p, int width, int height) {
        if (x.length != y.length || x.length != t.length || x.length != p.length) {
            throw new IllegalArgumentException("event arrays differ in length: x=" + x.length + " y="
                    + y.length + " t=" + t.length + " p=" + p.length);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("sensor size must be positive, got " + width + "x" + height);
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0 || x[i] >= width || y[i] < 0 || y[i] >= height) {
                throw new IllegalArgumentException("event " + i + " at (" + x[i] + "," + y[i]
                        + ") is outside the " + width + "x" + height + " sensor");
            }
            if (p[i] != 0 && p[i] != 1) {
                throw new IllegalArgumentException("event " + i + " has polarity " + p[i] + " (expected 0 or 1)");
            }
        }
        this.x = x;
        this.y = y;
        this.t = t;
        this.p = p;
        this.width = width;
        this.height = height;
    }

    /** Number of events. */
    public int size() {
        return x.length;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int x(int i) {
        return x[i];
    }

    public int y(int i) {
        return y[i];
    }

    /** Timestamp of event {@code i} in microseconds. */
    public long t(int i) {
        return t[i];
    }

    /** Polarity of event {@code i}: 1 = ON, 0 = OFF. */
    public int p(int i) {
        return p[i];
    }

    /** Copies of the underlying arrays (for bulk processing without per-event calls). */
    public short[] xs() {
        return x.clone();
    }

    public short[] ys() {
        return y.clone();
    }

    public long[] ts() {
        return t.clone();
    }

    public byte[] ps() {
        return p.clone();
    }

    /** Events with indices in {@code [from, to)}. */
    public Events slice(int from, int to) {
        return new Events(Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to),
                Arrays.copyOfRange(t, from, to), Arrays.copyOfRange(p, from, to), width, height);
    }

    @Override
    public String toString() {
        return "Events[" + size() + " on " + width + "x" + height + "]";
    }
}
