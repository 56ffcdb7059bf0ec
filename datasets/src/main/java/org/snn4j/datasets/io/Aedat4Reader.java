package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/**
 * Reads polarity events from iniVation DV AEDAT 4.0 files (e.g. DVXplorer / DAVIS recordings and
 * Tonic's converted CIFAR10-DVS copy).
 *
 * <p>Layout: {@link Aedat4Header} (version line, IOHeader flatbuffer, stream XML), then packets
 * until {@code dataTablePosition} (or the end of file):
 * <pre>
 * packet       = int32 LE streamId | int32 LE size | size bytes (an LZ4 frame if compressed)
 * decompressed = uint32 LE length | flatbuffer, identifier "EVTS" for polarity packets
 * table EventPacket { elements: [Event]; }                 // field 0: vector of 16-byte structs
 * struct Event { int64 t; int16 x; int16 y; bool on; }     // t at +0, x at +8, y at +10, on at +12
 * </pre>
 * Only packets of the first {@code EVTS} stream are decoded; the sensor size is that stream's
 * {@code sizeX x sizeY}. Timestamps stay as recorded (Unix µs); x/y origin is top-left; ON = 1.
 * LZ4 frames are decoded with lz4-java (see {@link Lz4Frames}); ZSTD files are rejected with a
 * clear message.
 */
public final class Aedat4Reader implements EventReader {
    /** Bytes in a packet header. */
    public static final int PACKET_HEADER_BYTES = 8;
    /** Bytes per Event struct. */
    public static final int EVENT_STRUCT_BYTES = 16;
    /** Offsets inside the Event struct. */
    public static final int T_OFFSET = 0;
    public static final int X_OFFSET = 8;
    public static final int Y_OFFSET = 10;
    public static final int ON_OFFSET = 12;
    /** Worst-case LZ4 expansion ratio used to bound a packet's decompressed size. */
    public static final int MAX_LZ4_RATIO = 255;

    private final TimeOrder timeOrder;

    /** Reader that requires monotonic timestamps. */
    public Aedat4Reader() {
        this(TimeOrder.REQUIRE_MONOTONIC);
    }

    public Aedat4Reader(TimeOrder timeOrder) {
        if (timeOrder == null) {
            throw new IllegalArgumentException("timeOrder must not be null");
        }
        this.timeOrder = timeOrder;
    }

    @Override
    public Events decode(byte[] data, String source) throws MalformedFileException {
        Aedat4Header header = Aedat4Header.parse(data, source);
        ByteInput in = new ByteInput(data, source);
        Aedat4Stream stream = eventStream(header, in);
        long end = header.dataTablePosition() >= 0 ? header.dataTablePosition() : data.length;
        EventsBuilder out = new EventsBuilder(stream.sizeX(), stream.sizeY(), 0);
        Cursor cursor = new Cursor(stream.sizeX(), stream.sizeY(), EventSink.into(out));
        long pos = header.dataOffset();
        while (pos < end) {
            in.require(pos, PACKET_HEADER_BYTES, "packet header");
            int streamId = in.leI32(pos);
            int size = in.leI32(pos + 4);
            if (size < 0 || pos + PACKET_HEADER_BYTES + size > end) {
                throw in.error(pos + 4, "packet size " + size + " runs past the packet area ending at " + end);
            }
            if (streamId == stream.id()) {
                packet(in, pos, size, header.compression() != 0, cursor);
            }
            pos += PACKET_HEADER_BYTES + size;
        }
        return out.build();
    }

    /**
     * Streams the file packet by packet (one packet in memory at a time) after parsing the header
     * from its first {@link Aedat4Header#MAX_IO_HEADER_BYTES} + 1 KiB bytes.
     */
    @Override
    public void stream(Path file, EventSink sink) throws IOException {
        long fileSize = InputFiles.requireRegular(file);
        byte[] head = ChunkedFile.head(file, Aedat4Header.MAX_IO_HEADER_BYTES + 1024);
        Aedat4Header header = Aedat4Header.parse(head, fileSize, file.toString());
        Aedat4Stream stream = eventStream(header, new ByteInput(head, file.toString()));
        long end = header.dataTablePosition() >= 0 ? header.dataTablePosition() : fileSize;
        sink.sensor(stream.sizeX(), stream.sizeY());
        Cursor cursor = new Cursor(stream.sizeX(), stream.sizeY(), sink);
        long pos = header.dataOffset();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (pos < end) {
                ByteInput h = ChunkedFile.read(ch, pos, (int) Math.min(PACKET_HEADER_BYTES, end - pos), file);
                h.require(0, PACKET_HEADER_BYTES, "packet header");
                int streamId = h.leI32(0);
                int size = h.leI32(4);
                if (size < 0 || pos + PACKET_HEADER_BYTES + size > end) {
                    throw h.error(4, "packet size " + size + " runs past the packet area ending at " + end);
                }
                if (streamId == stream.id()) {
                    InputFiles.requireHeap(file.toString(), (long) size * (header.compression() != 0 ? 2 : 1),
                            "the packet at byte " + pos);
                    packet(ChunkedFile.read(ch, pos, PACKET_HEADER_BYTES + size, file), 0, size,
                            header.compression() != 0, cursor);
                }
                pos += PACKET_HEADER_BYTES + size;
            }
        }
    }

    private static Aedat4Stream eventStream(Aedat4Header header, ByteInput in) throws MalformedFileException {
        Aedat4Stream stream = header.firstOfType(Aedat4Stream.EVENTS)
                .orElseThrow(() -> in.error(header.dataOffset(), "no EVTS (polarity) stream in the IOHeader XML"));
        if (stream.sizeX() <= 0 || stream.sizeY() <= 0 || stream.sizeX() > Short.MAX_VALUE
                || stream.sizeY() > Short.MAX_VALUE) {
            throw in.error(header.dataOffset(), "EVTS stream " + stream.id() + " has sensor size "
                    + stream.sizeX() + "x" + stream.sizeY() + ", expected 1..32767 each");
        }
        int compression = header.compression();
        if (compression >= 3) {
            throw in.error(header.dataOffset(), Aedat4Header.COMPRESSION_NAMES.get(compression)
                    + " compression is not supported; re-export the recording with LZ4 or no compression");
        }
        return stream;
    }

    /** The sensor size, the events so far and the sink, carried from packet to packet. */
    private static final class Cursor {
        private final int width;
        private final int height;
        private final EventSink out;
        private long count;
        private long lastTime;

        Cursor(int width, int height, EventSink out) {
            this.width = width;
            this.height = height;
            this.out = out;
        }
    }

    private void packet(ByteInput in, long pos, int size, boolean lz4, Cursor out) throws MalformedFileException {
        long body = pos + PACKET_HEADER_BYTES;
        ByteInput raw = in;
        long start = body;
        int length = size;
        if (lz4) {
            int max = (int) Math.min(ByteInput.MAX_FILE_BYTES, (long) size * MAX_LZ4_RATIO + 1024);
            byte[] plain = Lz4Frames.decompress(in, body, size, max);
            raw = new ByteInput(plain, in.source() + " (packet at byte " + (in.base() + pos) + ", decompressed)");
            start = 0;
            length = plain.length;
        }
        long fbLength = raw.leI32(start) & 0xFFFFFFFFL;
        if (fbLength + 4 > length) {
            throw raw.error(start, "size prefix " + fbLength + " exceeds the packet's " + (length - 4) + " bytes");
        }
        FlatBuffer fb = new FlatBuffer(raw, start + 4, fbLength);
        if (!fb.identifier().equals(Aedat4Stream.EVENTS)) {
            throw raw.error(start + 8, "packet identifier '" + fb.identifier() + "', expected EVTS");
        }
        long[] vector = fb.vector(fb.rootTable(), 0, EVENT_STRUCT_BYTES);
        for (long i = 0; i < vector[1]; i++) {
            long e = vector[0] + i * EVENT_STRUCT_BYTES;
            long t = raw.leI64(e + T_OFFSET);
            int x = (short) raw.leU16(e + X_OFFSET);
            int y = (short) raw.leU16(e + Y_OFFSET);
            int on = raw.u8(e + ON_OFFSET);
            if (x < 0 || y < 0 || x >= out.width || y >= out.height || on > 1) {
                throw raw.error(e, "event (" + x + "," + y + ", on=" + on + ") is outside the "
                        + out.width + "x" + out.height + " sensor or has a bad polarity");
            }
            if (timeOrder == TimeOrder.REQUIRE_MONOTONIC && out.count > 0 && t < out.lastTime) {
                throw raw.error(e, "timestamp goes backwards: " + t + " us after " + out.lastTime + " us");
            }
            out.count++;
            out.lastTime = t;
            out.out.add(x, y, t, on);
        }
    }
}
