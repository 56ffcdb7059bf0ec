package org.snn4j.datasets.emulator;

import java.util.Arrays;
import org.snn4j.datasets.events.EventsBuilder;

/**
 * The events of one simulation step, sorted by time before they join the stream. Timestamps are
 * floored to whole µs; ties keep their generation order (pixel order, ON before OFF, then noise).
 * Buffers are reused from step to step.
 */
final class StepEvents {
    private long[] keys = new long[64];
    private short[] x = new short[64];
    private short[] y = new short[64];
    private byte[] p = new byte[64];
    private long[] t = new long[64];
    private int size;

    void add(int xi, int yi, double tUs, int polarity) {
        if (size == x.length) {
            int c = size * 2;
            keys = Arrays.copyOf(keys, c);
            x = Arrays.copyOf(x, c);
            y = Arrays.copyOf(y, c);
            p = Arrays.copyOf(p, c);
            t = Arrays.copyOf(t, c);
        }
        x[size] = (short) xi;
        y[size] = (short) yi;
        p[size] = (byte) polarity;
        t[size] = (long) Math.floor(tUs);
        size++;
    }

    /** Appends the buffered events to {@code out} in time order and clears the buffer. */
    void drainTo(EventsBuilder out, long stepStartUs) {
        for (int i = 0; i < size; i++) {
            keys[i] = ((t[i] - stepStartUs) << 32) | i;
        }
        Arrays.sort(keys, 0, size);
        for (int k = 0; k < size; k++) {
            int i = (int) (keys[k] & 0xFFFFFFFFL);
            out.add(x[i], y[i], t[i], p[i]);
        }
        size = 0;
    }
}
