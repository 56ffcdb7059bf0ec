package org.snn4j.datasets.events;

import java.util.Arrays;

/**
 * Accumulates events into growable structure-of-arrays buffers and freezes them into an
 * {@link Events}. Used by readers (which do not know the final count in advance) and by event
 * generators. Not thread-safe; one builder per stream.
 *
 * <p>Coordinates are checked against the sensor on {@link #add}, so a bad event fails where it is
 * produced rather than when the stream is frozen.
 */
public final class EventsBuilder {
    private static final int MIN_CAPACITY = 16;

    private final int width;
    private final int height;
    private short[] x;
    private short[] y;
    private long[] t;
    private byte[] p;
    private int size;

    /**
     * @param width sensor width in pixels, {@code > 0}
     * @param height sensor height in pixels, {@code > 0}
     * @param expectedEvents initial capacity hint, {@code >= 0}
     */
    public EventsBuilder(int width, int height, int expectedEvents) {
        if (width <= 0 || width > Short.MAX_VALUE || height <= 0 || height > Short.MAX_VALUE) {
            throw new IllegalArgumentException("sensor size must be in 1.." + Short.MAX_VALUE + ", got "
                    + width + "x" + height);
        }
        if (expectedEvents < 0) {
            throw new IllegalArgumentException("expectedEvents must be >= 0, got " + expectedEvents);
        }
        this.width = width;
        this.height = height;
        int cap = Math.max(MIN_CAPACITY, expectedEvents);
        x = new short[cap];
        y = new short[cap];
        t = new long[cap];
        p = new byte[cap];
    }

    /**
     * Appends one event.
     *
     * @param xPx column in {@code [0, width)}
     * @param yPx row in {@code [0, height)}
     * @param tUs timestamp in microseconds
     * @param polarity 1 = ON, 0 = OFF
     * @throws IllegalArgumentException if a coordinate or the polarity is out of range
     */
    public EventsBuilder add(int xPx, int yPx, long tUs, int polarity) {
        if (xPx < 0 || xPx >= width || yPx < 0 || yPx >= height) {
            throw new IllegalArgumentException("event (" + xPx + "," + yPx + ") is outside the "
                    + width + "x" + height + " sensor");
        }
        if (polarity != 0 && polarity != 1) {
            throw new IllegalArgumentException("polarity must be 0 or 1, got " + polarity);
        }
        if (size == x.length) {
            grow();
        }
        x[size] = (short) xPx;
        y[size] = (short) yPx;
        t[size] = tUs;
        p[size] = (byte) polarity;
        size++;
        return this;
    }

    /** Sensor width in pixels. */
    public int width() {
        return width;
    }

    /** Sensor height in pixels. */
    public int height() {
        return height;
    }

    /** Number of events added so far. */
    public int size() {
        return size;
    }

    /** Timestamp of the last added event; only valid when {@code size() > 0}. */
    public long lastTime() {
        return t[size - 1];
    }

    /** A trimmed, immutable copy of the events added so far; the builder stays usable. */
    public Events build() {
        return new Events(Arrays.copyOf(x, size), Arrays.copyOf(y, size), Arrays.copyOf(t, size),
                Arrays.copyOf(p, size), width, height);
    }

    private void grow() {
        int cap = x.length;
        if (cap >= Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many events for one stream: " + cap);
        }
        int next = (int) Math.min(Integer.MAX_VALUE - 8L, cap + (cap >> 1) + 1L);
        x = Arrays.copyOf(x, next);
        y = Arrays.copyOf(y, next);
        t = Arrays.copyOf(t, next);
        p = Arrays.copyOf(p, next);
    }
}
