package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snn4j.datasets.events.Events;

/**
 * Writes events in the N-MNIST 40-bit {@code .bin} layout read by {@link NMnistBinReader}
 * (x, y, polarity bit, 23-bit big-endian µs timestamp; no header).
 *
 * <p>Timestamps beyond {@link NMnistBinReader#MAX_RAW_TIME_US} are encoded with overflow markers
 * (row {@link NMnistBinReader#OVERFLOW_Y}, each worth {@link NMnistBinReader#OVERFLOW_INCREMENT_US}
 * µs), so any non-decreasing, non-negative time sequence round-trips exactly.
 */
public final class NMnistBinWriter {
    private NMnistBinWriter() {
    }

    /**
     * Encodes events to bytes.
     *
     * @throws IllegalArgumentException if the sensor is wider or taller than 256 (8-bit fields),
     *         reaches the overflow row, or a timestamp is negative or decreasing
     */
    public static byte[] encode(Events events) {
        if (events.width() > 256 || events.height() > NMnistBinReader.OVERFLOW_Y) {
            throw new IllegalArgumentException("sensor " + events.width() + "x" + events.height()
                    + " does not fit the 8-bit N-MNIST address fields (max 256x" + NMnistBinReader.OVERFLOW_Y + ")");
        }
        int markers = markersNeeded(events);
        byte[] out = new byte[Math.multiplyExact(events.size() + markers, NMnistBinReader.EVENT_BYTES)];
        long offsetUs = 0;
        int pos = 0;
        for (int i = 0; i < events.size(); i++) {
            long t = events.t(i);
            for (long k = markersBefore(t, offsetUs); k > 0; k--) {
                out[pos + NMnistBinReader.Y_BYTE] = (byte) NMnistBinReader.OVERFLOW_Y;
                pos += NMnistBinReader.EVENT_BYTES;
                offsetUs += NMnistBinReader.OVERFLOW_INCREMENT_US;
            }
            long raw = t - offsetUs;
            out[pos] = (byte) events.x(i);
            out[pos + 1] = (byte) events.y(i);
            out[pos + 2] = (byte) ((events.p(i) == 1 ? NMnistBinReader.POLARITY_MASK : 0) | (raw >>> 16));
            out[pos + 3] = (byte) (raw >>> 8);
            out[pos + 4] = (byte) raw;
            pos += NMnistBinReader.EVENT_BYTES;
        }
        return out;
    }

    /** Encodes and writes {@code events} to {@code file}, replacing it. */
    public static void write(Events events, Path file) throws IOException {
        Files.write(file, encode(events));
    }

    private static int markersNeeded(Events events) {
        long offsetUs = 0;
        long previous = 0;
        long markers = 0;
        for (int i = 0; i < events.size(); i++) {
            long t = events.t(i);
            if (t < previous) {
                throw new IllegalArgumentException("event " + i + ": timestamp " + t
                        + " us is negative or before the previous one (" + previous + " us)");
            }
            previous = t;
            long k = markersBefore(t, offsetUs);
            if (k > Integer.MAX_VALUE / NMnistBinReader.EVENT_BYTES - markers - events.size()) {
                throw new IllegalArgumentException("event " + i + ": timestamp " + t
                        + " us needs too many overflow markers for one file");
            }
            offsetUs += k * NMnistBinReader.OVERFLOW_INCREMENT_US;
            markers += k;
        }
        return (int) markers;
    }

    /** Overflow markers needed so that {@code t - offsetUs} fits in 23 bits. */
    private static long markersBefore(long t, long offsetUs) {
        long excess = t - offsetUs - NMnistBinReader.MAX_RAW_TIME_US;
        return excess <= 0 ? 0 : (excess + NMnistBinReader.OVERFLOW_INCREMENT_US - 1) / NMnistBinReader.OVERFLOW_INCREMENT_US;
    }
}
