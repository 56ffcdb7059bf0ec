package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snn4j.datasets.SharedDataDir;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/** N-MNIST 40-bit reader: the reference table of shared/data/README.md, hand-built bytes, errors. */
class NMnistBinReaderTest {
    private final NMnistBinReader reader = new NMnistBinReader();

    /** file, bytes, events, on, off, xMax, yMax, tMin, tMax, Σx, Σy, Σt, first five (x,y,p,t). */
    static Stream<Arguments> referenceFiles() {
        return Stream.of(
                Arguments.of("nmnist/Train/5/00001.bin", 23405, 4681, 2328, 2353, 33, 33, 893, 305924, 76115, 82306,
                        625535240L, new long[][] {{18, 16, 1, 893}, {20, 17, 1, 1060}, {17, 9, 0, 2443}, {9, 9, 0, 2680}, {7, 26, 0, 2835}}),
                Arguments.of("nmnist/Train/0/00002.bin", 25140, 5028, 2509, 2519, 33, 33, 937, 305341, 84245, 86564,
                        746691623L, new long[][] {{10, 30, 1, 937}, {33, 20, 1, 1030}, {12, 27, 1, 1052}, {33, 3, 1, 2078}, {14, 23, 0, 2383}}),
                Arguments.of("nmnist/Test/7/00001.bin", 16650, 3330, 1718, 1612, 33, 33, 5087, 307827, 55060, 55556,
                        469759843L, new long[][] {{7, 7, 1, 5087}, {19, 13, 1, 6544}, {15, 10, 0, 7283}, {14, 21, 1, 7500}, {16, 18, 1, 7736}}),
                Arguments.of("nmnist/Test/2/00002.bin", 24200, 4840, 2383, 2457, 33, 32, 3240, 308353, 79369, 80396,
                        677209871L, new long[][] {{24, 22, 0, 3240}, {15, 5, 0, 3809}, {20, 22, 0, 5608}, {25, 20, 1, 5658}, {11, 23, 0, 6064}}),
                Arguments.of("nmnist-tonic-sample/sample_nmnist.bin", 21625, 4325, 2145, 2180, 33, 33, 654, 311175, 74457,
                        71931, 690487405L, new long[][] {{7, 15, 1, 654}, {19, 18, 0, 2999}, {21, 17, 0, 3017}, {10, 18, 0, 3893}, {12, 9, 1, 4023}}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceFiles")
    void reproducesReferenceStatistics(String file, int bytes, int events, int on, int off, int xMax, int yMax,
            long tMin, long tMax, long sumX, long sumY, long sumT, long[][] firstFive) throws Exception {
        Path path = SharedDataDir.resolve(file);
        assertEquals(bytes, java.nio.file.Files.size(path));
        Events e = reader.read(path);
        EventStats s = EventStats.of(e);
        assertEquals(events, e.size());
        assertEquals(on, s.on());
        assertEquals(off, e.size() - s.on());
        assertEquals(0, s.xMin());
        assertEquals(xMax, s.xMax());
        assertEquals(0, s.yMin());
        assertEquals(yMax, s.yMax());
        assertEquals(tMin, s.tMin());
        assertEquals(tMax, s.tMax());
        assertEquals(sumX, s.sumX());
        assertEquals(sumY, s.sumY());
        assertEquals(sumT, s.sumT());
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(firstFive[i], new long[] {e.x(i), e.y(i), e.p(i), e.t(i)}, "event " + i);
        }
        assertEquals(34, e.width());
        assertEquals(34, e.height());
        assertTrue(e.isTimeSorted());
    }

    @Test
    void threeSaccadesInTrain5() throws Exception {
        Events e = reader.read(SharedDataDir.resolve("nmnist/Train/5/00001.bin"));
        int[] counts = new int[3];
        for (int i = 0; i < e.size(); i++) {
            counts[e.t(i) < 105_000 ? 0 : e.t(i) < 210_000 ? 1 : 2]++;
        }
        assertArrayEquals(new int[] {1894, 1708, 1079}, counts);
    }

    @Test
    void decodesTheReadmeExampleBytes() throws Exception {
        Events e = reader.decode(new byte[] {0x12, 0x10, (byte) 0x80, 0x03, 0x7d, 0x21, 0x00, 0x7F, (byte) 0xFF, (byte) 0xFF},
                "example");
        assertArrayEquals(new long[] {18, 16, 1, 893}, new long[] {e.x(0), e.y(0), e.p(0), e.t(0)});
        assertArrayEquals(new long[] {33, 0, 0, (1 << 23) - 1}, new long[] {e.x(1), e.y(1), e.p(1), e.t(1)});
    }

    @Test
    void overflowMarkerAddsTwoToTheThirteenToLaterEventsAndIsDropped() throws Exception {
        byte[] data = {
            1, 2, 0, 0, 100,            // t = 100
            0, (byte) 240, 0, 0, 0,     // overflow marker
            3, 4, (byte) 0x80, 0, 50,   // t = 50 + 8192, ON
        };
        Events e = reader.decode(data, "overflow");
        assertEquals(2, e.size());
        assertEquals(100, e.t(0));
        assertEquals(50 + 8192, e.t(1));
        assertEquals(1, e.p(1));
    }

    @Test
    void errorsNameTheFileAndByteOffset() {
        assertMessage(new byte[0], "empty at byte 0: empty file");
        assertMessage(new byte[] {1, 1, 0, 0, 1, 2}, "odd at byte 5: truncated event");
        assertMessage(new byte[] {1, 1, 0, 0, 1, 34, 1, 0, 0, 2}, "x at byte 5: event (34,1) is outside the 34x34 sensor");
        assertMessage(new byte[] {1, 1, 0, 0, 9, 1, 1, 0, 0, 8}, "back at byte 5: timestamp goes backwards: 8 us after 9 us");
    }

    private void assertMessage(byte[] data, String expectedStart) {
        String source = expectedStart.substring(0, expectedStart.indexOf(' '));
        MalformedFileException ex = assertThrows(MalformedFileException.class, () -> reader.decode(data, source));
        assertTrue(ex.getMessage().startsWith(expectedStart), ex.getMessage());
    }

    @Test
    void backwardTimeIsKeptWhenAllowed() throws Exception {
        Events e = new NMnistBinReader(34, 34, TimeOrder.ALLOW_BACKWARD).decode(new byte[] {1, 1, 0, 0, 9, 1, 1, 0, 0, 8}, "b");
        assertEquals(8, e.t(1));
    }

    @Test
    void writerRoundTripsIncludingTimesBeyondTwentyThreeBits() throws Exception {
        long[] times = {0, 5, (1 << 23) - 1, 1 << 23, 20_000_000L, 20_000_000L, 50_000_000L};
        EventsBuilder b = new EventsBuilder(34, 34, times.length);
        for (int i = 0; i < times.length; i++) {
            b.add(i * 4, 33 - i, times[i], i % 2);
        }
        Events original = b.build();
        byte[] bytes = NMnistBinWriter.encode(original);
        assertEquals(0, bytes.length % 5);
        assertTrue(bytes.length > 5 * times.length, "overflow markers were needed");
        assertEquals(original, reader.decode(bytes, "roundtrip"));
    }

    @Test
    void writerRejectsUnencodableEvents() {
        Events decreasing = new EventsBuilder(34, 34, 2).add(0, 0, 10, 1).add(0, 0, 9, 1).build();
        assertThrows(IllegalArgumentException.class, () -> NMnistBinWriter.encode(decreasing));
        Events tooWide = new EventsBuilder(300, 34, 1).add(299, 0, 0, 1).build();
        assertThrows(IllegalArgumentException.class, () -> NMnistBinWriter.encode(tooWide));
        Events huge = new EventsBuilder(34, 34, 1).add(0, 0, Long.MAX_VALUE, 1).build();
        assertThrows(IllegalArgumentException.class, () -> NMnistBinWriter.encode(huge));
    }
}
