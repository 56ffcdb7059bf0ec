package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.snn4j.datasets.events.Events;

/** AEDAT 3.1 (DVS Gesture) reader on files built from the iniVation spec. */
class Aedat31ReaderTest {

    /** Builds an AEDAT 3.1 file: header lines then little-endian packets. */
    static final class Builder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Builder(String eol) {
            for (String line : new String[] {"#!AER-DAT3.1", "#Format: RAW", "#Source 1: DVS128",
                "#Start-Time: 2017-01-01 10:00:00 (TZ+0000)", "#!END-HEADER"}) {
                out.writeBytes((line + eol).getBytes(StandardCharsets.US_ASCII));
            }
        }

        /** A polarity packet; each event is {x, y, on, valid, ts}. */
        Builder polarity(int overflow, int capacity, long[]... events) {
            header(1, 8, 4, overflow, capacity, events.length);
            for (long[] e : events) {
                le32((int) (e[0] << 17 | e[1] << 2 | e[2] << 1 | e[3]));
                le32((int) e[4]);
            }
            for (int i = events.length; i < capacity; i++) {
                le32(0x7FFFFFFF);   // unused slot: never decoded
                le32(-1);
            }
            return this;
        }

        /** A packet of another type (e.g. 2 = frame, 36-byte events) filled with 0xAB. */
        Builder other(int type, int eventSize, int capacity) {
            header(type, eventSize, 4, 0, capacity, capacity);
            for (int i = 0; i < eventSize * capacity; i++) {
                out.write(0xAB);
            }
            return this;
        }

        Builder header(int type, int size, int tsOffset, int overflow, int capacity, int number) {
            le16(type);
            le16(1);
            le32(size);
            le32(tsOffset);
            le32(overflow);
            le32(capacity);
            le32(number);
            le32(number);
            return this;
        }

        Builder pad(int n) {
            out.writeBytes(new byte[n]);
            return this;
        }

        void le16(int v) {
            out.write(v);
            out.write(v >>> 8);
        }

        void le32(int v) {
            le16(v);
            le16(v >>> 16);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    static byte[] sample(String eol) {
        return new Builder(eol)
                .polarity(0, 3, new long[] {10, 20, 1, 1, 100}, new long[] {127, 0, 0, 1, 150}, new long[] {5, 5, 1, 0, 160})
                .other(5, 36, 2)
                .polarity(1, 2, new long[] {0, 127, 1, 1, 5})
                .bytes();
    }

    @Test
    void decodesPolarityPacketsAndSkipsOthers() throws Exception {
        for (String eol : new String[] {"\r\n", "\n"}) {
            Events e = new Aedat31Reader().decode(sample(eol), "gesture.aedat");
            assertEquals(3, e.size(), "the invalid event and the type-5 packet are skipped");
            assertArrayEquals(new long[] {10, 20, 1, 100}, row(e, 0));
            assertArrayEquals(new long[] {127, 0, 0, 150}, row(e, 1));
            assertArrayEquals(new long[] {0, 127, 1, (1L << 31) + 5}, row(e, 2), "eventTSOverflow << 31 | ts");
            assertEquals(128, e.width());
        }
    }

    private static long[] row(Events e, int i) {
        return new long[] {e.x(i), e.y(i), e.p(i), e.t(i)};
    }

    @Test
    void badInputNamesFileAndOffset() {
        byte[] good = sample("\r\n");
        int data = new String(good, StandardCharsets.ISO_8859_1).indexOf("#!END-HEADER") + "#!END-HEADER\r\n".length();
        assertError(new byte[0], 0, "empty file");
        assertError("#!AER-DAT3.1\r\n#Format: RAW\r\n".getBytes(StandardCharsets.US_ASCII), 28, "missing #!END-HEADER");
        assertError("#!AER-DAT2.0\r\n".getBytes(StandardCharsets.US_ASCII), 0, "expected #!AER-DAT3.x");
        assertError(Arrays.copyOf(good, data + 20), data, "truncated packet header");
        assertError(Arrays.copyOf(good, data + 28 + 10), data + 28, "truncated packet of 3 events x 8 bytes");
        assertError(new Builder("\n").header(1, 6, 4, 0, 1, 1).pad(6).bytes(), -1, "polarity packet with eventSize 6");
        assertError(new Builder("\n").polarity(0, 1, new long[] {128, 0, 1, 1, 0}).bytes(), -1, "(128,0) is outside");
        assertError(new Builder("\n").polarity(0, 2, new long[] {1, 1, 1, 1, 9}, new long[] {1, 1, 1, 1, 8}).bytes(), -1,
                "goes backwards");
        assertError(new Builder("\n").header(1, 8, 4, -1, 0, 0).bytes(), -1, "negative eventTSOverflow");
        assertError(new Builder("\n").header(1, 8, 4, 0, 1, 2).bytes(), -1, "number <= capacity");
        assertError(new Builder("\n").header(7, 1 << 20, 4, 0, 1 << 20, 0).bytes(), -1, "truncated packet");
    }

    private static void assertError(byte[] data, long offset, String text) {
        MalformedFileException ex = assertThrows(MalformedFileException.class, () -> new Aedat31Reader().decode(data, "g.aedat"));
        assertTrue(ex.getMessage().contains(text), ex.getMessage());
        assertTrue(ex.getMessage().startsWith("g.aedat at byte "), ex.getMessage());
        if (offset >= 0) {
            assertEquals(offset, ex.byteOffset(), ex.getMessage());
        }
    }
}
