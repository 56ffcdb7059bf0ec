package org.snn4j.datasets.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.snn4j.datasets.events.Events;

/**
 * Writes 128x128 events as a jAER AEDAT 2.0 DVS128 file that {@link Aedat2Reader} (and jAER,
 * {@code dat2mat.m}, SpikingJelly) can read: a short {@code #} header, then big-endian
 * {@code (int32 address, int32 timestamp)} pairs with
 * {@code address = rawY << 8 | rawX << 1 | (on ? 0 : 1)}, the raw fields coming from the inverse
 * of the chosen {@link Dvs128Orientation}.
 *
 * <p>The raw timestamp is {@code firstTimestampUs + t} truncated to 32 bits (it wraps like a
 * device counter), so reading back gives {@code t - t[0]}.
 */
public final class Aedat2Writer {
    /** jAER chip class written to the header. */
    public static final String DVS128_CHIP = "ch.unizh.ini.jaer.chip.retina.DVS128";

    private final Dvs128Orientation orientation;
    private final long firstTimestampUs;
    private final boolean crlf;

    /**
     * @param orientation the convention the events are in
     * @param firstTimestampUs device clock added to every timestamp (any value; wraps at 2^32)
     * @param crlf true for CRLF header lines (as jAER writes), false for LF
     */
    public Aedat2Writer(Dvs128Orientation orientation, long firstTimestampUs, boolean crlf) {
        if (orientation == null) {
            throw new IllegalArgumentException("orientation must not be null");
        }
        this.orientation = orientation;
        this.firstTimestampUs = firstTimestampUs;
        this.crlf = crlf;
    }

    /** Upright orientation, device clock starting at 0, CRLF header lines. */
    public Aedat2Writer() {
        this(Dvs128Orientation.JAER_UPRIGHT, 0, true);
    }

    /**
     * Encodes events (128x128 sensor, non-decreasing timestamps, steps below 2^31 µs).
     *
     * @throws IllegalArgumentException otherwise
     */
    public byte[] encode(Events events) {
        int size = Dvs128Orientation.SIZE;
        if (events.width() != size || events.height() != size) {
            throw new IllegalArgumentException("AEDAT 2.0 DVS128 needs a 128x128 sensor, got "
                    + events.width() + "x" + events.height());
        }
        byte[] header = header();
        byte[] out = new byte[Math.addExact(header.length, Math.multiplyExact(events.size(), 8))];
        System.arraycopy(header, 0, out, 0, header.length);
        int pos = header.length;
        for (int i = 0; i < events.size(); i++) {
            long step = i == 0 ? 0 : events.t(i) - events.t(i - 1);
            if (step < 0 || step > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("event " + i + ": time step " + step
                        + " us must be in 0.." + Integer.MAX_VALUE);
            }
            int x = events.x(i);
            int y = events.y(i);
            int addr = orientation.rawY(x, y) << Aedat2Reader.Y_SHIFT | orientation.rawX(x, y) << Aedat2Reader.X_SHIFT
                    | (events.p(i) == 1 ? 0 : Aedat2Reader.POLARITY_BIT);
            putBigEndian(out, pos, addr);
            putBigEndian(out, pos + 4, (int) (firstTimestampUs + events.t(i)));
            pos += 8;
        }
        return out;
    }

    /** Encodes and writes {@code events} to {@code file}, replacing it. */
    public void write(Events events, Path file) throws IOException {
        Files.write(file, encode(events));
    }

    private byte[] header() {
        String eol = crlf ? "\r\n" : "\n";
        List<String> lines = List.of("#!AER-DAT2.0",
                "# This is a raw AE data file created by snn4j",
                "# Data format is int32 address, int32 timestamp (8 bytes total), repeated for each event",
                "# Timestamps tick is 1 us",
                Aedat2Header.AE_CHIP_PREFIX + " " + DVS128_CHIP);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String line : lines) {
            b.writeBytes((line + eol).getBytes(StandardCharsets.US_ASCII));
        }
        return b.toByteArray();
    }

    private static void putBigEndian(byte[] out, int pos, int v) {
        out[pos] = (byte) (v >>> 24);
        out[pos + 1] = (byte) (v >>> 16);
        out[pos + 2] = (byte) (v >>> 8);
        out[pos + 3] = (byte) v;
    }
}
