package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/**
 * Reads polarity events from iniVation/cAER AEDAT 3.1 files, the format of IBM's DVS128 Gesture
 * dataset (Amir et al., "A Low Power, Fully Event-Based Gesture Recognition System", CVPR 2017).
 *
 * <p>Layout: {@code #} header lines (first {@code #!AER-DAT3.1}, last {@code #!END-HEADER}; CRLF
 * or LF), then packets. All integers are little-endian. Each packet has a 28-byte header:
 * <pre>
 * +0  int16 eventType      (1 = polarity; other types are skipped)
 * +2  int16 eventSource
 * +4  int32 eventSize      (bytes per event; 8 for polarity)
 * +8  int32 eventTSOffset  (byte offset of the timestamp in an event; 4 for polarity)
 * +12 int32 eventTSOverflow
 * +16 int32 eventCapacity  (events stored after the header: capacity * size bytes)
 * +20 int32 eventNumber    (events in use, &lt;= capacity)
 * +24 int32 eventValid
 * </pre>
 * A polarity event is a {@code uint32 data} word and an {@code int32} timestamp (µs):
 * <pre>
 * bit  0       validity mark (1 = valid; invalid events are skipped)
 * bit  1       polarity (1 = ON)
 * bits 2..16   y (15 bits), origin top-left
 * bits 17..31  x (15 bits)
 * </pre>
 * The 64-bit timestamp is {@code ((long) eventTSOverflow << 31) | ts}; it is kept as recorded
 * (device µs, not shifted to 0) because DVS Gesture label files refer to it.
 */
public final class Aedat31Reader implements EventReader {
    /** Bytes in a packet header. */
    public static final int PACKET_HEADER_BYTES = 28;
    /** eventType of polarity packets. */
    public static final int POLARITY_EVENT_TYPE = 1;
    /** Bytes per polarity event. */
    public static final int POLARITY_EVENT_BYTES = 8;
    /** Offset of the timestamp in a polarity event. */
    public static final int POLARITY_TS_OFFSET = 4;
    /** Validity bit of the data word. */
    public static final int VALID_BIT = 0x1;
    /** Polarity bit of the data word (1 = ON). */
    public static final int POLARITY_SHIFT = 1;
    /** y field: bits 2..16. */
    public static final int Y_SHIFT = 2;
    /** x field: bits 17..31. */
    public static final int X_SHIFT = 17;
    /** Width of the x and y fields. */
    public static final int COORD_MASK = 0x7FFF;
    /** Shift of eventTSOverflow in the 64-bit timestamp. */
    public static final int TS_OVERFLOW_SHIFT = 31;
    /** DVS128 sensor size. */
    public static final int DVS128_SIZE = 128;

    private final int width;
    private final int height;
    private final TimeOrder timeOrder;

    /** Reader for DVS128 (128x128), monotonic timestamps required. */
    public Aedat31Reader() {
        this(DVS128_SIZE, DVS128_SIZE, TimeOrder.REQUIRE_MONOTONIC);
    }

    /**
     * @param width sensor width, 1..32767
     * @param height sensor height, 1..32767
     * @param timeOrder what to do with decreasing timestamps
     */
    public Aedat31Reader(int width, int height, TimeOrder timeOrder) {
        if (width < 1 || width > COORD_MASK || height < 1 || height > COORD_MASK) {
            throw new IllegalArgumentException("width and height must be in 1.." + COORD_MASK + ", got "
                    + width + "x" + height);
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
        ByteInput in = new ByteInput(data, source);
        long pos = dataOffset(in);
        EventsBuilder out = new EventsBuilder(width, height, (int) ((data.length - pos) / POLARITY_EVENT_BYTES));
        EventSink sink = EventSink.into(out);
        long[] previous = {Long.MIN_VALUE};
        while (pos < data.length) {
            pos = packet(in, pos, sink, previous);
        }
        return out.build();
    }

    /**
     * Streams the file packet by packet (one packet in memory at a time) after parsing the header
     * from its first bytes; a header longer than {@link Aedat2Reader#HEADER_PROBE_BYTES} falls
     * back to reading the whole file.
     */
    @Override
    public void stream(Path file, EventSink sink) throws IOException {
        long size = InputFiles.requireRegular(file);
        byte[] head = ChunkedFile.head(file, Aedat2Reader.HEADER_PROBE_BYTES);
        long pos;
        try {
            pos = dataOffset(new ByteInput(head, file.toString()));
        } catch (MalformedFileException e) {
            if (size > head.length) {
                EventReader.super.stream(file, sink);
                return;
            }
            throw e;
        }
        sink.sensor(width, height);
        long[] previous = {Long.MIN_VALUE};
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (pos < size) {
                PacketHeader h = header(ChunkedFile.read(ch, pos, (int) Math.min(PACKET_HEADER_BYTES, size - pos), file), 0);
                long bytes = (long) h.capacity() * h.size();
                if (bytes > size - pos - PACKET_HEADER_BYTES) {
                    throw new MalformedFileException(file.toString(), pos + PACKET_HEADER_BYTES, "truncated packet of "
                            + h.capacity() + " events x " + h.size() + " bytes: only " + (size - pos - PACKET_HEADER_BYTES)
                            + " bytes follow");
                }
                InputFiles.requireHeap(file.toString(), bytes, "the packet at byte " + pos);
                pos += packet(ChunkedFile.read(ch, pos, (int) (PACKET_HEADER_BYTES + bytes), file), 0, sink, previous);
            }
        }
    }

    /** Checks the header lines; returns the offset of the first packet. */
    private static long dataOffset(ByteInput in) throws MalformedFileException {
        if (in.length() == 0) {
            throw in.error(0, "empty file, expected an AEDAT 3.1 header");
        }
        AedatHeaderLines header = AedatHeaderLines.parse(in, true);
        int[] version = header.version(in);
        if (version[0] != 3) {
            throw in.error(0, "expected #!AER-DAT3.x, found version " + version[0] + "." + version[1]);
        }
        if (version[1] >= 1 && !header.contains(AedatHeaderLines.END_HEADER)) {
            throw in.error(header.dataOffset(), "missing " + AedatHeaderLines.END_HEADER + " line");
        }
        return header.dataOffset();
    }

    /** Packet header fields (see the class comment). */
    private record PacketHeader(int type, int size, int tsOffset, int overflow, int capacity, int number) {
    }

    /** Decodes the packet at {@code pos}; returns the offset of the next packet. */
    private long packet(ByteInput in, long pos, EventSink out, long[] previous) throws MalformedFileException {
        PacketHeader h = header(in, pos);
        long body = pos + PACKET_HEADER_BYTES;
        long bytes = (long) h.capacity() * h.size();
        in.require(body, bytes, "packet of " + h.capacity() + " events x " + h.size() + " bytes");
        if (h.type() != POLARITY_EVENT_TYPE) {
            return body + bytes;
        }
        if (h.size() != POLARITY_EVENT_BYTES || h.tsOffset() != POLARITY_TS_OFFSET) {
            throw in.error(pos + 4, "polarity packet with eventSize " + h.size() + " and eventTSOffset "
                    + h.tsOffset() + ", expected " + POLARITY_EVENT_BYTES + " and " + POLARITY_TS_OFFSET);
        }
        for (int i = 0; i < h.number(); i++) {
            polarityEvent(in, body + (long) i * POLARITY_EVENT_BYTES, h.overflow(), out, previous);
        }
        return body + bytes;
    }

    private static PacketHeader header(ByteInput in, long pos) throws MalformedFileException {
        in.require(pos, PACKET_HEADER_BYTES, "packet header");
        PacketHeader h = new PacketHeader(in.leU16(pos), in.leI32(pos + 4), in.leI32(pos + 8), in.leI32(pos + 12),
                in.leI32(pos + 16), in.leI32(pos + 20));
        if (h.overflow() < 0) {
            throw in.error(pos + 12, "negative eventTSOverflow " + h.overflow());
        }
        if (h.size() < 0 || h.capacity() < 0 || h.number() < 0 || h.number() > h.capacity()) {
            throw in.error(pos + 4, "bad packet header: eventSize " + h.size() + ", eventCapacity " + h.capacity()
                    + ", eventNumber " + h.number() + " (need sizes >= 0 and number <= capacity)");
        }
        return h;
    }

    private void polarityEvent(ByteInput in, long off, int overflow, EventSink out, long[] previous)
            throws MalformedFileException {
        int word = in.leI32(off);
        if ((word & VALID_BIT) == 0) {
            return;
        }
        int ts = in.leI32(off + POLARITY_TS_OFFSET);
        if (ts < 0) {
            throw in.error(off + POLARITY_TS_OFFSET, "negative 31-bit timestamp " + ts);
        }
        long t = ((long) overflow << TS_OVERFLOW_SHIFT) | ts;
        int x = (word >>> X_SHIFT) & COORD_MASK;
        int y = (word >>> Y_SHIFT) & COORD_MASK;
        if (x >= width || y >= height) {
            throw in.error(off, "event (" + x + "," + y + ") is outside the " + width + "x" + height + " sensor");
        }
        if (t < previous[0] && timeOrder == TimeOrder.REQUIRE_MONOTONIC) {
            throw in.error(off + POLARITY_TS_OFFSET, "timestamp goes backwards: " + t + " us after " + previous[0] + " us");
        }
        previous[0] = t;
        out.add(x, y, t, (word >>> POLARITY_SHIFT) & 1);
    }
}
