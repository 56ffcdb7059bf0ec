package org.snn4j.datasets.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.snn4j.datasets.events.Events;

/**
 * Writes events as an iniVation/cAER AEDAT 3.1 file of polarity packets, the format of IBM's
 * DVS128 Gesture recordings, which {@link Aedat31Reader} reads back: {@code #} header lines
 * (CRLF), then packets of at most {@value #PACKET_CAPACITY} events, each a 28-byte little-endian
 * header (type 1, source 1, size 8, tsOffset 4, tsOverflow, capacity = number = valid) and
 * events {@code (x << 17 | y << 2 | on << 1 | 1, ts)}. A timestamp t is stored as
 * {@code ts = t mod 2^31} with {@code tsOverflow = t >> 31}; a packet ends where the overflow
 * changes. Timestamps are written as given (the label files of DVS Gesture refer to them).
 */
public final class Aedat31Writer {
    /** Events per packet at most. */
    public static final int PACKET_CAPACITY = 4096;
    private static final String HEADER = "#!AER-DAT3.1\r\n#Format: RAW\r\n#Source 1: DVS128\r\n"
            + "# written by snn4j\r\n#!END-HEADER\r\n";

    /**
     * The file's bytes.
     *
     * @throws IllegalArgumentException for negative or decreasing timestamps, or coordinates above 15 bits
     */
    public byte[] encode(Events events) {
        byte[] head = HEADER.getBytes(StandardCharsets.US_ASCII);
        int n = events.size();
        int packets = 0;
        for (int i = 0; i < n; packets++) {
            i = packetEnd(events, i);
        }
        ByteBuffer b = ByteBuffer.allocate(Math.addExact(head.length,
                Math.addExact(Math.multiplyExact(packets, Aedat31Reader.PACKET_HEADER_BYTES), Math.multiplyExact(n, 8))))
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(head);
        for (int i = 0; i < n;) {
            int end = packetEnd(events, i);
            int count = end - i;
            b.putShort((short) Aedat31Reader.POLARITY_EVENT_TYPE).putShort((short) 1).putInt(8).putInt(4)
                    .putInt((int) (events.t(i) >>> 31)).putInt(count).putInt(count).putInt(count);
            for (int k = i; k < end; k++) {
                int x = events.x(k);
                int y = events.y(k);
                if (x > 0x7FFF || y > 0x7FFF) {
                    throw new IllegalArgumentException("event " + k + ": (" + x + ", " + y + ") does not fit 15 bits");
                }
                b.putInt(x << 17 | y << 2 | (events.p(k) == 1 ? 2 : 0) | 1).putInt((int) (events.t(k) & 0x7FFFFFFFL));
            }
            i = end;
        }
        return b.array();
    }

    private static int packetEnd(Events events, int from) {
        long overflow = events.t(from) >>> 31;
        int end = from;
        while (end < events.size() && end - from < PACKET_CAPACITY) {
            long t = events.t(end);
            if (t < 0 || (end > 0 && t < events.t(end - 1))) {
                throw new IllegalArgumentException("event " + end + ": timestamp " + t + " is negative or decreasing");
            }
            if (t >>> 31 != overflow) {
                break;
            }
            end++;
        }
        return end;
    }
}
