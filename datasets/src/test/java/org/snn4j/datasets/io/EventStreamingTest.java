package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.datasets.events.Events;

/**
 * Issue 19, item 2: N-MNIST and AEDAT 2.0 files are decoded in bounded chunks, AEDAT 3.1 and 4.0 packet by packet, with the same
 * result as decoding them whole and errors at file offsets; memory is bounded by the chunk size.
 */
class EventStreamingTest {
    @TempDir
    Path tmp;

    private static EventSummary summary(Events e, EventFormat f) {
        EventSummary s = new EventSummary(f);
        s.sensor(e.width(), e.height());
        for (int i = 0; i < e.size(); i++) {
            s.add(e.x(i), e.y(i), e.t(i), e.p(i));
        }
        return s;
    }

    /** {@code n} N-MNIST events with random pixels and polarities and slowly rising timestamps. */
    private static byte[] nmnist(int n) {
        SplittableRandom r = new SplittableRandom(5);
        byte[] b = new byte[n * 5];
        for (int i = 0; i < n; i++) {
            int t = i / 2;
            b[5 * i] = (byte) r.nextInt(34);
            b[5 * i + 1] = (byte) r.nextInt(34);
            b[5 * i + 2] = (byte) ((r.nextBoolean() ? 0x80 : 0) | (t >>> 16) & 0x7F);
            b[5 * i + 3] = (byte) (t >>> 8);
            b[5 * i + 4] = (byte) t;
        }
        return b;
    }

    @Test
    void nmnistStreamsInChunksLikeTheWholeFileDecode() throws Exception {
        byte[] data = nmnist(3 * ChunkedFile.CHUNK_BYTES / 5 + 7);
        Path f = Files.write(tmp.resolve("big.bin"), data);
        assertEquals(summary(new NMnistBinReader().decode(data, "x"), EventFormat.NMNIST_BIN).toString(),
                EventSummary.of(f).toString());
        int bad = (2 * ChunkedFile.CHUNK_BYTES / 5 + 3) * 5;     // an event in the third chunk
        data[bad] = 40;
        Files.write(f, data);
        MalformedFileException e = assertThrows(MalformedFileException.class, () -> EventSummary.of(f));
        assertEquals(f + " at byte " + bad + ": event (40,", e.getMessage().substring(0, (f + " at byte " + bad + ": event (40,").length()));
    }

    @Test
    void aedat2StreamsInChunksLikeTheWholeFileDecode() throws Exception {
        byte[] header = "#!AER-DAT2.0\r\n# AEChip: DVS128\r\n".getBytes(StandardCharsets.US_ASCII);
        int n = 300_000;
        ByteBuffer b = ByteBuffer.allocate(header.length + 8 * n).put(header);
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < n; i++) {
            b.putInt(r.nextInt(128) << 8 | r.nextInt(128) << 1 | r.nextInt(2)).putInt(1000 + i);
        }
        Path f = Files.write(tmp.resolve("big.aedat"), b.array());
        assertEquals(summary(new Aedat2Reader().decode(b.array(), "x"), EventFormat.AEDAT2).toString(),
                EventSummary.of(f).toString());
    }

    @Test
    void aedat31StreamsPacketByPacketLikeTheWholeFileDecode() throws Exception {
        byte[] data = Aedat31ReaderTest.sample("\r\n");
        Path f = Files.write(tmp.resolve("gesture.aedat"), data);
        assertEquals(summary(new Aedat31Reader().decode(data, "x"), EventFormat.AEDAT31).toString(),
                EventSummary.of(f).toString());
        Path cut = Files.write(tmp.resolve("cut.aedat"), java.util.Arrays.copyOf(data, data.length - 3));
        MalformedFileException e = assertThrows(MalformedFileException.class, () -> EventSummary.of(cut));
        MalformedFileException whole = assertThrows(MalformedFileException.class, () -> new Aedat31Reader().read(cut));
        assertEquals(whole.byteOffset(), e.byteOffset(), e.getMessage() + " vs " + whole.getMessage());
    }

    @Test
    void aedat4StreamsPacketByPacketLikeTheWholeFileDecode() throws Exception {
        Path real = org.snn4j.datasets.SharedDataDir.resolve("aedat4-dvxplorer-sample/sample.aedat4");
        assertEquals(summary(new Aedat4Reader().read(real), EventFormat.AEDAT4).toString(), EventSummary.of(real).toString());
    }
}
