package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snn4j.datasets.SharedDataDir;
import org.snn4j.datasets.events.Events;

/** AEDAT 4.0 reader against the real DVXplorer sample (shared/data/README.md section 3). */
class Aedat4ReaderTest {
    private static byte[] sample;

    @BeforeAll
    static void load() throws Exception {
        sample = Files.readAllBytes(SharedDataDir.resolve("aedat4-dvxplorer-sample/sample.aedat4"));
    }

    @Test
    void headerMatchesTheVerifiedDecode() throws Exception {
        assertEquals(949253, sample.length);
        Aedat4Header h = Aedat4Header.parse(sample, "sample");
        assertEquals(1, h.compression(), "LZ4");
        assertEquals(945243, h.dataTablePosition());
        assertEquals(14 + 4 + 2316, h.dataOffset());
        assertEquals(List.of(new Aedat4Stream(0, "EVTS", 320, 240, "DVXplorer_DXB00010"),
                new Aedat4Stream(2, "IMUS", 0, 0, "DVXplorer_DXB00010"),
                new Aedat4Stream(3, "TRIG", 0, 0, "DVXplorer_DXB00010")), h.streams());
    }

    @Test
    void reproducesEveryReferenceStatistic() throws Exception {
        Events e = new Aedat4Reader().decode(sample, "sample");
        EventStats s = EventStats.of(e);
        assertEquals(111_954, e.size());
        assertEquals(55_023, s.on());
        assertEquals(56_931, e.size() - s.on());
        assertEquals(320, e.width());
        assertEquals(240, e.height());
        assertArrayEquals(new int[] {0, 319, 0, 239}, new int[] {s.xMin(), s.xMax(), s.yMin(), s.yMax()});
        assertEquals(18_342_405L, s.sumX());
        assertEquals(15_105_898L, s.sumY());
        assertEquals(1605537493718345L, s.tMin());
        assertEquals(1605537494308262L, s.tMax());
        assertEquals(589_917L, s.tMax() - s.tMin());
        long[][] first = {{1605537493718345L, 154, 204, 0}, {1605537493718348L, 149, 206, 0},
            {1605537493718349L, 148, 199, 1}, {1605537493718354L, 139, 30, 0}, {1605537493718360L, 130, 181, 1}};
        for (int i = 0; i < first.length; i++) {
            assertArrayEquals(first[i], new long[] {e.t(i), e.x(i), e.y(i), e.p(i)}, "event " + i);
        }
        int last = e.size() - 1;
        assertArrayEquals(new long[] {1605537494308262L, 88, 237, 1}, new long[] {e.t(last), e.x(last), e.y(last), e.p(last)});
        assertTrue(e.isTimeSorted());
    }

    @Test
    void zstdFilesAreRejectedWithAClearMessage() {
        byte[] zstd = sample.clone();
        int table = 18 + 24;            // IOHeader flatbuffer at 18, root table offset 24
        int compressionField = table + 4;  // vtable entry 0 of the sample points 4 bytes into the table
        assertEquals(1, zstd[compressionField]);
        zstd[compressionField] = 3;
        MalformedFileException ex = assertThrows(MalformedFileException.class, () -> new Aedat4Reader().decode(zstd, "z"));
        assertTrue(ex.getMessage().contains("ZSTD compression is not supported"), ex.getMessage());
    }

    @Test
    void badHeadersNameFileAndOffset() {
        assertError(new byte[0], 0, "empty file");
        assertError("#!AER-DAT2.0\r\n".getBytes(), 0, "bad version line");
        assertError(java.util.Arrays.copyOf(sample, 100), 18, "truncated flatbuffer");
        byte[] ident = sample.clone();
        ident[22] = 'X';
        assertError(ident, 22, "IOHeader identifier 'XOHE'");
        byte[] packet = sample.clone();
        packet[2334 + 4 + 3] = 0x7F;   // first packet size becomes huge
        assertError(packet, 2334 + 4, "runs past the packet area");
        byte[] frame = sample.clone();
        frame[2334 + 8] = 0;           // LZ4 magic of the first packet
        assertError(frame, 2334 + 8, "not an LZ4 frame");
    }

    private static void assertError(byte[] data, long offset, String text) {
        MalformedFileException ex = assertThrows(MalformedFileException.class, () -> new Aedat4Reader().decode(data, "s4"));
        assertTrue(ex.getMessage().contains(text), ex.getMessage());
        assertEquals(offset, ex.byteOffset(), ex.getMessage());
    }
}
