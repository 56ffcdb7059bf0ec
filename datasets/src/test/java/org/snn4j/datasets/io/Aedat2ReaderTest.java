package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.snn4j.datasets.SharedDataDir;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/** AEDAT 2.0 (CIFAR10-DVS) reader: the real DAVIS346 header and spec-built DVS128 files. */
class Aedat2ReaderTest {
    /** (xJaer, yJaer, on, raw timestamp): jAER coordinates, y counted from the bottom. */
    static final long[][] EVENTS = {{0, 0, 1, 1000}, {127, 127, 0, 1005}, {5, 100, 1, 1005}, {64, 3, 0, 2000}};

    /** A DVS128 file built from docs/FORMATS.md: address (y<<8)|((127-x)<<1)|(on?0:1), BE pairs. */
    static byte[] specFile(String eol, long[][] events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : List.of("#!AER-DAT2.0", "# This is a raw AE data file - do not edit",
                "# AEChip: ch.unizh.ini.jaer.chip.retina.DVS128")) {
            out.writeBytes((line + eol).getBytes(StandardCharsets.US_ASCII));
        }
        for (int i = 0; i < events.length; i++) {
            long[] e = events[i];
            int addr = (int) (e[1] << 8 | (127 - e[0]) << 1 | (e[2] == 1 ? 0 : 1));
            writeInt(out, addr);
            writeInt(out, (int) e[3]);
            if (i == 1) {
                writeInt(out, 0x80000000);   // special event: skipped
                writeInt(out, 1003);
                writeInt(out, 0x8000 | 0x0102); // external event: skipped
                writeInt(out, 1004);
            }
        }
        return out.toByteArray();
    }

    static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    @Test
    void parsesTheRealDavis346Header() throws Exception {
        byte[] data = java.nio.file.Files.readAllBytes(SharedDataDir.resolve("aedat2-davis346-header/sample_aedat_header.aedat"));
        assertEquals(599, data.length);
        Aedat2Header h = Aedat2Header.parse(data, "davis");
        assertEquals(2, h.majorVersion());
        assertEquals(0, h.minorVersion());
        assertEquals(OptionalLong.of(1695355587880L), h.creationTimeMs());
        assertEquals("eu.seebetter.ini.chips.davis.Davis346red", h.aeChip().orElseThrow());
        assertEquals(12, h.lines().size());
        assertEquals(599, h.dataOffset());
        assertEquals(8, h.eventBytes());
        assertEquals(0, new Aedat2Reader().decode(data, "davis").size());
    }

    @ParameterizedTest
    @EnumSource(Dvs128Orientation.class)
    void specBuiltFileReadsBackInEveryOrientation(Dvs128Orientation orientation) throws Exception {
        for (String eol : List.of("\r\n", "\n")) {
            Events e = new Aedat2Reader(orientation).decode(specFile(eol, EVENTS), "spec");
            assertEquals(EVENTS.length, e.size());
            for (int i = 0; i < EVENTS.length; i++) {
                int xj = (int) EVENTS[i][0];
                int yj = (int) EVENTS[i][1];
                int[] expected = switch (orientation) {
                    case JAER_BOTTOM_LEFT -> new int[] {xj, yj};
                    case JAER_UPRIGHT -> new int[] {xj, 127 - yj};
                    case SPIKINGJELLY -> new int[] {127 - yj, xj};
                };
                assertArrayEquals(expected, new int[] {e.x(i), e.y(i)}, orientation + " event " + i);
                assertEquals(EVENTS[i][2], e.p(i));
                assertEquals(EVENTS[i][3] - 1000, e.t(i), "t - t0");
            }
        }
    }

    @Test
    void spikingJellyModeIsTheTransposeOfTheUprightImage() throws Exception {
        byte[] file = specFile("\r\n", EVENTS);
        Events upright = new Aedat2Reader(Dvs128Orientation.JAER_UPRIGHT).decode(file, "f");
        Events sj = new Aedat2Reader(Dvs128Orientation.SPIKINGJELLY).decode(file, "f");
        for (int i = 0; i < upright.size(); i++) {
            assertEquals(upright.x(i), sj.y(i));
            assertEquals(upright.y(i), sj.x(i));
        }
    }

    @ParameterizedTest
    @EnumSource(Dvs128Orientation.class)
    void writerRoundTripsInEveryOrientation(Dvs128Orientation orientation) throws Exception {
        EventsBuilder b = new EventsBuilder(128, 128, 5);
        b.add(0, 0, 0, 1).add(127, 0, 3, 0).add(0, 127, 3, 1).add(17, 99, 200_000_000L, 0).add(127, 127, 500_000_000L, 1);
        Events original = b.build();
        for (boolean crlf : new boolean[] {true, false}) {
            byte[] bytes = new Aedat2Writer(orientation, 4_000_000_000L, crlf).encode(original);
            assertEquals(original, new Aedat2Reader(orientation).decode(bytes, "written"), "wraps the 32-bit clock");
        }
    }

    @Test
    void writerMatchesTheSpecBuiltEventBytes() throws Exception {
        byte[] spec = specFile("\r\n", new long[][] {{3, 4, 1, 0}, {100, 120, 0, 7}});
        Events e = new Aedat2Reader(Dvs128Orientation.JAER_BOTTOM_LEFT).decode(spec, "spec");
        byte[] written = new Aedat2Writer(Dvs128Orientation.JAER_BOTTOM_LEFT, 0, true).encode(e);
        int specStart = Aedat2Header.parse(spec, "s").dataOffset();
        int writtenStart = Aedat2Header.parse(written, "w").dataOffset();
        assertArrayEquals(Arrays.copyOfRange(spec, specStart, specStart + 8), Arrays.copyOfRange(written, writtenStart, writtenStart + 8));
    }

    @Test
    void unwrapsThe32BitClock() throws Exception {
        Events e = new Aedat2Reader().decode(specFile("\n", new long[][] {{1, 1, 1, 0xFFFFFFF0L}, {1, 1, 1, 0x10}}), "wrap");
        assertEquals(0, e.t(0));
        assertEquals(0x20, e.t(1));
    }

    @Test
    void backwardTimestampIsAnErrorUnlessAllowed() throws Exception {
        byte[] file = specFile("\n", new long[][] {{1, 1, 1, 2000}, {1, 1, 1, 1990}});
        int data = Aedat2Header.parse(file, "b").dataOffset();
        MalformedFileException ex = assertThrows(MalformedFileException.class, () -> new Aedat2Reader().decode(file, "b"));
        assertEquals(data + 12, ex.byteOffset());
        assertTrue(ex.getMessage().contains("goes backwards"), ex.getMessage());
        Events kept = new Aedat2Reader(Dvs128Orientation.JAER_UPRIGHT, TimeOrder.ALLOW_BACKWARD).decode(file, "b");
        assertEquals(-10, kept.t(1));
    }

    @Test
    void readsAedat1WithSixByteEvents() throws Exception {
        byte[] file = {0x01, 0x02, 0, 0, 0, 50, 0x03, 0x05, 0, 0, 0, 60};   // no header: version 1.0; bit 0 = 0 is ON
        Events e = new Aedat2Reader(Dvs128Orientation.JAER_BOTTOM_LEFT).decode(file, "v1");
        assertArrayEquals(new int[] {127 - 1, 1, 1, 0}, new int[] {e.x(0), e.y(0), e.p(0), (int) e.t(0)});
        assertArrayEquals(new int[] {127 - 2, 3, 0, 10}, new int[] {e.x(1), e.y(1), e.p(1), (int) e.t(1)});
    }

    @Test
    void badInputNamesFileAndOffset() {
        byte[] good = specFile("\r\n", EVENTS);
        int data = good.length - (EVENTS.length + 2) * 8;
        assertError(Arrays.copyOf(good, good.length - 3), good.length - 3 - ((good.length - 3 - data) % 8), "truncated event");
        assertError(new byte[0], 0, "empty file");
        assertError("#!AER-DAT2.0\r\n# no end".getBytes(StandardCharsets.US_ASCII), 14, "no line end");
        assertError("#!AER-DAT3.1\r\n".getBytes(StandardCharsets.US_ASCII), 0, "use Aedat31Reader");
        assertError("#!AER-DATx\r\n".getBytes(StandardCharsets.US_ASCII), 9, "bad version line");
        byte[] davis = Arrays.copyOf(good, data + 8);
        davis[data + 1] = 0x40;   // address 0x0040.... : a DAVIS-style x/y field
        assertError(davis, data, "outside the DVS128 layout");
    }

    private static void assertError(byte[] data, long offset, String text) {
        MalformedFileException ex = assertThrows(MalformedFileException.class, () -> new Aedat2Reader().decode(data, "bad.aedat"));
        assertEquals(offset, ex.byteOffset(), ex.getMessage());
        assertTrue(ex.getMessage().startsWith("bad.aedat at byte " + offset + ": "), ex.getMessage());
        assertTrue(ex.getMessage().contains(text), ex.getMessage());
    }
}
