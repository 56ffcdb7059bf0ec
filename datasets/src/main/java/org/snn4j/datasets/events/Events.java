package org.snn4j.datasets.events;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;

/**
 * An immutable event stream in structure-of-arrays form, with its sensor geometry.
 *
 * <p>Event {@code i} is pixel ({@code x[i]}, {@code y[i]}) with polarity {@code p[i]} (1 = ON,
 * brightness increase; 0 = OFF) at time {@code t[i]} in microseconds. x is the column and y the
 * row, origin top-left, unless a reader documents otherwise. Timestamps are non-decreasing for
 * well-formed recordings; readers decide whether to enforce that.
 *
 * <p>Memory: 13 bytes per event (2 + 2 + 8 + 1). Bulk access for transform code goes through
 * read-only buffer views ({@link #xView()} ...) or {@link #copyInto}, neither of which exposes the
 * backing arrays to mutation.
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

    /** An empty stream on a {@code width x height} sensor. */
    public static Events empty(int width, int height) {
        return new Events(new short[0], new short[0], new long[0], new byte[0], width, height);
    }

    /** Number of events. */
    public int size() {
        return x.length;
    }

    /** Sensor width in pixels (x is in {@code [0, width)}). */
    public int width() {
        return width;
    }

    /** Sensor height in pixels (y is in {@code [0, height)}). */
    public int height() {
        return height;
    }

    /** Column of event {@code i}. */
    public int x(int i) {
        return x[i];
    }

    /** Row of event {@code i}. */
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

    /** Copy of the row array. */
    public short[] ys() {
        return y.clone();
    }

    /** Copy of the timestamp array (µs). */
    public long[] ts() {
        return t.clone();
    }

    /** Copy of the polarity array (1 = ON, 0 = OFF). */
    public byte[] ps() {
        return p.clone();
    }

    /** Read-only, zero-copy view of the columns; position 0, limit {@link #size()}. */
    public ShortBuffer xView() {
        return ShortBuffer.wrap(x).asReadOnlyBuffer();
    }

    /** Read-only, zero-copy view of the rows. */
    public ShortBuffer yView() {
        return ShortBuffer.wrap(y).asReadOnlyBuffer();
    }

    /** Read-only, zero-copy view of the timestamps (µs). */
    public LongBuffer tView() {
        return LongBuffer.wrap(t).asReadOnlyBuffer();
    }

    /** Read-only, zero-copy view of the polarities (1 = ON, 0 = OFF). */
    public ByteBuffer pView() {
        return ByteBuffer.wrap(p).asReadOnlyBuffer();
    }

    /**
     * Copies events {@code [from, to)} into caller-owned arrays starting at {@code dstOffset}, so a
     * transform can reuse its buffers across samples. Any destination may be {@code null} to skip
     * that field.
     *
     * @throws IndexOutOfBoundsException if the range or a destination is too small
     */
    public void copyInto(int from, int to, short[] xDst, short[] yDst, long[] tDst, byte[] pDst, int dstOffset) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") outside [0, " + size() + ")");
        }
        int n = to - from;
        if (xDst != null) {
            System.arraycopy(x, from, xDst, dstOffset, n);
        }
        if (yDst != null) {
            System.arraycopy(y, from, yDst, dstOffset, n);
        }
        if (tDst != null) {
            System.arraycopy(t, from, tDst, dstOffset, n);
        }
        if (pDst != null) {
            System.arraycopy(p, from, pDst, dstOffset, n);
        }
    }

    /** Events with indices in {@code [from, to)}. */
    public Events slice(int from, int to) {
        return new Events(Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to),
                Arrays.copyOfRange(t, from, to), Arrays.copyOfRange(p, from, to), width, height);
    }

    /**
     * Events with {@code startUs <= t < endUs}, in their original order, with timestamps shifted by
     * {@code -shiftUs}. Works on unsorted streams (one linear pass).
     */
    public Events timeWindow(long startUs, long endUs, long shiftUs) {
        int n = 0;
        for (long ti : t) {
            if (ti >= startUs && ti < endUs) {
                n++;
            }
        }
        short[] nx = new short[n];
        short[] ny = new short[n];
        long[] nt = new long[n];
        byte[] np = new byte[n];
        int j = 0;
        for (int i = 0; i < t.length && j < n; i++) {
            if (t[i] >= startUs && t[i] < endUs) {
                nx[j] = x[i];
                ny[j] = y[i];
                nt[j] = t[i] - shiftUs;
                np[j] = p[i];
                j++;
            }
        }
        return new Events(nx, ny, nt, np, width, height);
    }

    /** True if timestamps never decrease. */
    public boolean isTimeSorted() {
        for (int i = 1; i < t.length; i++) {
            if (t[i] < t[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Equal when the sensor size and every (x, y, t, p) are equal, in order. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Events e)) {
            return false;
        }
        return width == e.width && height == e.height && Arrays.equals(x, e.x) && Arrays.equals(y, e.y)
                && Arrays.equals(t, e.t) && Arrays.equals(p, e.p);
    }

    @Override
    public int hashCode() {
        int h = 31 * width + height;
        h = 31 * h + Arrays.hashCode(x);
        h = 31 * h + Arrays.hashCode(y);
        h = 31 * h + Arrays.hashCode(t);
        return 31 * h + Arrays.hashCode(p);
    }

    @Override
    public String toString() {
        return "Events[" + size() + " on " + width + "x" + height + "]";
    }
}
