package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.file.Path;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/**
 * Reads DVS128 recordings in jAER's AEDAT 2.0 (and 1.0) format, as distributed for CIFAR10-DVS
 * (Li et al., "CIFAR10-DVS: An Event-Stream Dataset for Object Classification", Front. Neurosci.
 * 11:309, 2017) and DVS128 datasets recorded with jAER.
 *
 * <p>Layout: {@code #} header lines (CRLF or LF; first line {@code #!AER-DAT2.0}, none means 1.0,
 * see {@link Aedat2Header}), then events of a big-endian address and a big-endian int32
 * timestamp in µs (address int32 in 2.0, 8 bytes per event; int16 in 1.0, 6 bytes per event).
 * DVS128 address bits:
 * <pre>
 * bit  0       polarity: raw 0 = ON, raw 1 = OFF (jAER "fliptype"; dat2mat.m: pol = 1 - 2*bit0)
 * bits 1..7    rawX (0..127)
 * bits 8..14   rawY (0..127)
 * bit  15      external/sync event  -> skipped
 * bit  31      special event        -> skipped
 * bits 16..30  must be 0 for DVS128 (set bits mean another chip, e.g. DAVIS -> error)
 * </pre>
 * The iniVation AEDAT 1.0 page says bit 0 = 1 is ON; jAER, which wrote the files, and every
 * CIFAR10-DVS reader use ON ⇔ bit 0 == 0, and so does this reader. Coordinates follow the
 * chosen {@link Dvs128Orientation} (default {@link Dvs128Orientation#JAER_UPRIGHT}).
 *
 * <p>Timestamps: the raw value is read as unsigned 32 bits; a decrease by more than 2^31 is a
 * counter wrap and adds 2^32 (unwrap); the result is stored as {@code t - t0} (first kept event at
 * 0). Any other decrease is an error under {@link TimeOrder#REQUIRE_MONOTONIC}.
 */
public final class Aedat2Reader implements EventReader {
    /** Polarity bit; 0 = ON. */
    public static final int POLARITY_BIT = 0x1;
    /** Raw x field mask (bits 1..7) and shift. */
    public static final int X_MASK = 0x00FE;
    public static final int X_SHIFT = 1;
    /** Raw y field mask (bits 8..14) and shift. */
    public static final int Y_MASK = 0x7F00;
    public static final int Y_SHIFT = 8;
    /** External (sync) event bit. */
    public static final int EXTERNAL_EVENT_BIT = 0x8000;
    /** jAER special-event bit. */
    public static final int SPECIAL_EVENT_BIT = 0x80000000;
    /** Bits that no DVS128 polarity or special event uses. */
    public static final int NON_DVS128_BITS = 0x7FFF0000;
    private static final long WRAP = 1L << 32;
    /** Bytes read to find the end of the header when streaming. */
    static final int HEADER_PROBE_BYTES = 1 << 20;

    private final Dvs128Orientation orientation;
    private final TimeOrder timeOrder;

    /** Upright jAER orientation, monotonic timestamps required. */
    public Aedat2Reader() {
        this(Dvs128Orientation.JAER_UPRIGHT, TimeOrder.REQUIRE_MONOTONIC);
    }

    /** Reader with the given orientation and monotonic timestamps required. */
    public Aedat2Reader(Dvs128Orientation orientation) {
        this(orientation, TimeOrder.REQUIRE_MONOTONIC);
    }

    public Aedat2Reader(Dvs128Orientation orientation, TimeOrder timeOrder) {
        if (orientation == null || timeOrder == null) {
            throw new IllegalArgumentException("orientation and timeOrder must not be null");
        }
        this.orientation = orientation;
        this.timeOrder = timeOrder;
    }

    /** The orientation this reader applies. */
    public Dvs128Orientation orientation() {
        return orientation;
    }

    @Override
    public Events decode(byte[] data, String source) throws MalformedFileException {
        if (data.length == 0) {
            throw new MalformedFileException(source, 0, "empty file, expected an AEDAT 2.0 header");
        }
        Aedat2Header header = Aedat2Header.parse(data, source);
        checkTail(data.length, header, source);
        int size = Dvs128Orientation.SIZE;
        EventsBuilder out = new EventsBuilder(size, size, (data.length - header.dataOffset()) / header.eventBytes());
        ByteInput in = new ByteInput(data, source);
        decodeRecords(in, header.dataOffset(), header, new Clock(), EventSink.into(out));
        return out.build();
    }

    /**
     * Streams the events in chunks after parsing the header from the file's first
     * {@value #HEADER_PROBE_BYTES} bytes (a longer header falls back to reading the whole file).
     */
    @Override
    public void stream(Path file, EventSink sink) throws IOException {
        long size = InputFiles.requireRegular(file);
        byte[] head = ChunkedFile.head(file, HEADER_PROBE_BYTES);
        if (size == 0 || (size > head.length && headerRunsPast(head))) {
            EventReader.super.stream(file, sink);
            return;
        }
        Aedat2Header header = Aedat2Header.parse(head, file.toString());
        checkTail(size, header, file.toString());
        sink.sensor(Dvs128Orientation.SIZE, Dvs128Orientation.SIZE);
        Clock clock = new Clock();
        ChunkedFile.records(file, header.dataOffset(), header.eventBytes(),
                in -> decodeRecords(in, 0, header, clock, sink));
    }

    /** True if the {@code #} header lines may continue past {@code head}. */
    private static boolean headerRunsPast(byte[] head) {
        int pos = 0;
        while (pos < head.length && head[pos] == '#') {
            while (pos < head.length && head[pos] != '\n') {
                pos++;
            }
            pos++;
        }
        return pos >= head.length;
    }

    private static void checkTail(long length, Aedat2Header header, String source) throws MalformedFileException {
        long tail = (length - header.dataOffset()) % header.eventBytes();
        if (tail != 0) {
            throw new MalformedFileException(source, length - tail, "truncated event: " + (length - header.dataOffset())
                    + " data bytes is not a multiple of " + header.eventBytes());
        }
    }

    private void decodeRecords(ByteInput in, int from, Aedat2Header header, Clock clock, EventSink out)
            throws MalformedFileException {
        int step = header.eventBytes();
        for (int off = from; off + step <= in.length(); off += step) {
            int addr = step == 8 ? in.beI32(off) : in.beU16(off);
            if ((addr & (SPECIAL_EVENT_BIT | EXTERNAL_EVENT_BIT)) != 0) {
                continue;
            }
            if ((addr & NON_DVS128_BITS) != 0) {
                throw in.error(off, String.format("address 0x%08x has bits outside the DVS128 layout "
                        + "(chip %s)", addr, header.aeChip().orElse("not named in the header")));
            }
            long t = clock.next(in.beI32(off + step - 4) & 0xFFFFFFFFL, in, off + step - 4);
            int rawX = (addr & X_MASK) >>> X_SHIFT;
            int rawY = (addr & Y_MASK) >>> Y_SHIFT;
            int on = (addr & POLARITY_BIT) == 0 ? 1 : 0;
            out.add(orientation.x(rawX, rawY), orientation.y(rawX, rawY), t, on);
        }
    }

    /** Unwraps the unsigned 32-bit device clock and subtracts the first timestamp. */
    private final class Clock {
        private long base;
        private long prevRaw = -1;
        private long t0;

        long next(long raw, ByteInput in, long offset) throws MalformedFileException {
            if (prevRaw < 0) {
                t0 = raw;
            } else if (raw < prevRaw) {
                if (prevRaw - raw > Integer.MAX_VALUE) {
                    base += WRAP;
                } else if (timeOrder == TimeOrder.REQUIRE_MONOTONIC) {
                    throw in.error(offset, "timestamp goes backwards: " + raw + " us after " + prevRaw + " us");
                }
            }
            prevRaw = raw;
            return base + raw - t0;
        }
    }
}
