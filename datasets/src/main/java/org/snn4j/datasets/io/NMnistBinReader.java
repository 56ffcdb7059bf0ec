package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.file.Path;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/**
 * Reads N-MNIST / N-Caltech101 {@code .bin} files (ATIS "TD" events, 40 bits each, no header).
 *
 * <p>Each event is 5 bytes, most significant bit first (Orchard et al., "Converting Static Image
 * Datasets to Spiking Neuromorphic Datasets Using Saccades", Front. Neurosci. 9:437, 2015, and the
 * dataset's "ReadMe(MNIST).txt"):
 * <pre>
 * byte 0        bits 39..32  x, uint8, column (origin top-left)
 * byte 1        bits 31..24  y, uint8, row
 * byte 2 bit 7  bit  23      polarity, 1 = ON, 0 = OFF
 * byte 2 bits 6..0, byte 3, byte 4   bits 22..0   timestamp, 23-bit unsigned big-endian, µs
 * </pre>
 * Example: {@code 12 10 80 03 7d} is x=18, y=16, ON, t=893 µs.
 *
 * <p><b>Overflow markers.</b> The author's reference reader treats an event at the row
 * {@value #OVERFLOW_Y} (outside the 240-row ATIS array) as a timestamp-overflow marker: it is
 * dropped and {@value #OVERFLOW_INCREMENT_US} µs are added to every following timestamp.
 * {@code docs/FORMATS.md} also names x=305 for the marker, but x is an 8-bit field and cannot hold
 * 305, so only the row is tested (as Tonic does). Real N-MNIST files contain no markers.
 *
 * <p>Validation: an empty file, a size that is not a multiple of 5, a coordinate outside the
 * sensor (34x34 for N-MNIST) or, with {@link TimeOrder#REQUIRE_MONOTONIC}, a decreasing timestamp
 * is a {@link MalformedFileException} naming the file and the byte offset of the event.
 */
public final class NMnistBinReader implements EventReader {
    /** Bytes per event. */
    public static final int EVENT_BYTES = 5;
    /** Byte index of the x address. */
    public static final int X_BYTE = 0;
    /** Byte index of the y address. */
    public static final int Y_BYTE = 1;
    /** Byte index holding the polarity bit and the top 7 timestamp bits. */
    public static final int POLARITY_TIME_BYTE = 2;
    /** Polarity bit inside {@link #POLARITY_TIME_BYTE} (bit 23 of the event). */
    public static final int POLARITY_MASK = 0x80;
    /** Timestamp bits inside {@link #POLARITY_TIME_BYTE} (bits 22..16 of the event). */
    public static final int TIME_HIGH_MASK = 0x7F;
    /** Largest raw timestamp: 2^23 - 1 µs (about 8.39 s). */
    public static final int MAX_RAW_TIME_US = (1 << 23) - 1;
    /** Row value that marks a timestamp-overflow event. */
    public static final int OVERFLOW_Y = 240;
    /** Time added to all later events per overflow marker, in µs (2^13). */
    public static final int OVERFLOW_INCREMENT_US = 1 << 13;
    /** N-MNIST sensor width and height in pixels. */
    public static final int NMNIST_SIZE = 34;

    private final int width;
    private final int height;
    private final TimeOrder timeOrder;

    /** Reader for N-MNIST: 34x34 sensor, monotonic timestamps required. */
    public NMnistBinReader() {
        this(NMNIST_SIZE, NMNIST_SIZE, TimeOrder.REQUIRE_MONOTONIC);
    }

    /**
     * @param width sensor width in pixels, 1..256 (x is 8 bits)
     * @param height sensor height in pixels, 1..256, excluding the overflow row
     * @param timeOrder what to do with decreasing timestamps
     */
    public NMnistBinReader(int width, int height, TimeOrder timeOrder) {
        if (width < 1 || width > 256) {
            throw new IllegalArgumentException("width must be in 1..256, got " + width);
        }
        if (height < 1 || height > OVERFLOW_Y) {
            throw new IllegalArgumentException("height must be in 1.." + OVERFLOW_Y + ", got " + height);
        }
        if (timeOrder == null) {
            throw new IllegalArgumentException("timeOrder must not be null");
        }
        this.width = width;
        this.height = height;
        this.timeOrder = timeOrder;
    }

    @Override
    public Events decode(byte[] data, String source) throws MalformedFileException {
        checkSize(data.length, source);
        EventsBuilder out = new EventsBuilder(width, height, data.length / EVENT_BYTES);
        decodeRecords(new ByteInput(data, source), new Cursor(), EventSink.into(out));
        return out.build();
    }

    /** Streams the file in chunks of whole events: any file size works. */
    @Override
    public void stream(Path file, EventSink sink) throws IOException {
        checkSize(InputFiles.requireRegular(file), file.toString());
        sink.sensor(width, height);
        Cursor cursor = new Cursor();
        ChunkedFile.records(file, 0, EVENT_BYTES, in -> decodeRecords(in, cursor, sink));
    }

    private static void checkSize(long size, String source) throws MalformedFileException {
        if (size == 0) {
            throw new MalformedFileException(source, 0, "empty file, expected 5-byte events");
        }
        if (size % EVENT_BYTES != 0) {
            throw new MalformedFileException(source, size - size % EVENT_BYTES,
                    "truncated event: file size " + size + " is not a multiple of " + EVENT_BYTES);
        }
    }

    /** Overflow offset and previous timestamp, carried from one chunk to the next. */
    private static final class Cursor {
        private long offsetUs;
        private long previous = Long.MIN_VALUE;
    }

    private void decodeRecords(ByteInput in, Cursor c, EventSink out) throws MalformedFileException {
        byte[] data = in.data();
        for (int off = 0; off + EVENT_BYTES <= in.length(); off += EVENT_BYTES) {
            int x = data[off + X_BYTE] & 0xFF;
            int y = data[off + Y_BYTE] & 0xFF;
            if (y == OVERFLOW_Y) {
                c.offsetUs += OVERFLOW_INCREMENT_US;
                continue;
            }
            if (x >= width || y >= height) {
                throw in.error(off, "event (" + x + "," + y + ") is outside the " + width + "x" + height + " sensor");
            }
            int b2 = data[off + POLARITY_TIME_BYTE] & 0xFF;
            long t = ((b2 & TIME_HIGH_MASK) << 16 | (data[off + 3] & 0xFF) << 8 | (data[off + 4] & 0xFF)) + c.offsetUs;
            if (t < c.previous && timeOrder == TimeOrder.REQUIRE_MONOTONIC) {
                throw in.error(off, "timestamp goes backwards: " + t + " us after " + c.previous + " us");
            }
            c.previous = t;
            out.add(x, y, t, (b2 & POLARITY_MASK) != 0 ? 1 : 0);
        }
    }
}
