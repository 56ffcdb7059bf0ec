package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.datasets.SharedDataDir;

/**
 * Gzip integrity of IDX files (issue 19, item 1): a single flipped bit in a compressed MNIST file
 * used to be trained on because {@code GZIPInputStream} checks CRC32 and ISIZE only when read to
 * the end. Now every flip the format can detect is an error, and the rest decode to the original
 * bytes.
 */
class GzipIntegrityTest {
    @TempDir
    Path tmp;

    /**
     * Bytes of the gzip header the format does not protect (without FHCRC): MTIME (4..7), XFL (8),
     * OS (9) and the file name's characters (not its terminating zero).
     */
    private static boolean unprotected(byte[] gz, int at) {
        if (at >= 4 && at <= 9) {
            return true;
        }
        if ((gz[3] & GzipInput.FNAME) == 0 || at < 10) {
            return false;
        }
        for (int p = 10; gz[p] != 0; p++) {
            if (p == at) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everySingleBitFlipOfTheRealTestLabelsIsDetectedOrHarmless() throws Exception {
        byte[] gz = Files.readAllBytes(SharedDataDir.resolve("mnist/t10k-labels-idx1-ubyte.gz"));
        assertEquals(0, gz[3] & ~GzipInput.FNAME, "the sample has only the file name field");
        byte[] original = IdxReader.decode(gz, "labels").rawBytes();
        int detected = 0;
        int harmless = 0;
        for (int at = 0; at < gz.length; at++) {
            if (unprotected(gz, at)) {
                continue;
            }
            for (int bit = 0; bit < 8; bit++) {
                byte[] c = gz.clone();
                c[at] ^= (byte) (1 << bit);
                try {
                    assertArrayEquals(original, IdxReader.decode(c, "labels").rawBytes(),
                            "bit " + bit + " of byte " + at + " changed the labels silently");
                    harmless++;
                } catch (MalformedFileException e) {
                    assertTrue(e.getMessage().startsWith("labels") && !e.getMessage().contains("\n"), e.getMessage());
                    detected++;
                }
            }
        }
        System.out.printf("gzip single-bit flips of t10k-labels: %d detected, %d decode to the original%n", detected, harmless);
        assertTrue(detected > 0.99 * (detected + harmless), detected + " of " + (detected + harmless));
    }

    @Test
    void bitFlipsInACopyOfTheRealTestImagesFailTheRead() throws Exception {
        byte[] gz = Files.readAllBytes(SharedDataDir.resolve("mnist/t10k-images-idx3-ubyte.gz"));
        SplittableRandom r = new SplittableRandom(19);
        for (int k = 0; k < 14; k++) {
            int at = 10 + r.nextInt(gz.length - 10);
            byte[] c = gz.clone();
            c[at] ^= (byte) (1 << r.nextInt(8));
            Path f = tmp.resolve("flip" + k + ".gz");
            Files.write(f, c);
            MalformedFileException e = assertThrows(MalformedFileException.class, () -> IdxReader.readImages(f),
                    "flip at byte " + at);
            assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        }
    }

    @Test
    void crcIsizeAndTrailingGarbageAreChecked() throws Exception {
        byte[] gz = IdxReaderTest.gzip(new byte[] {0, 0, 8, 1, 0, 0, 0, 3, 7, 8, 9});
        int n = gz.length;
        byte[] crc = gz.clone();
        crc[n - 8] ^= 1;
        assertError(crc, "gz at byte " + (n - 8) + ": gzip CRC32 mismatch");
        byte[] size = gz.clone();
        size[n - 4] ^= 1;
        assertError(size, "gz at byte " + (n - 4) + ": gzip ISIZE mismatch");
        assertError(ReaderFuzzTest.concat(gz, new byte[] {0}), "gz at byte " + n + ": 1 bytes of trailing garbage");
        assertError(ReaderFuzzTest.concat(gz, new byte[] {0x1F, (byte) 0x8B, 8}), "gz at byte " + n + ": truncated gzip header");
        assertError(Arrays.copyOf(gz, n - 3), "gz at byte " + (n - 8) + ": truncated gzip trailer");
    }

    @Test
    void concatenatedMembersAreOneStream() throws Exception {
        byte[] a = IdxReaderTest.gzip(new byte[] {0, 0, 8, 1, 0, 0, 0, 3});
        byte[] b = IdxReaderTest.gzip(new byte[] {7, 8, 9});
        assertArrayEquals(new byte[] {7, 8, 9}, IdxReader.decode(ReaderFuzzTest.concat(a, b), "gz").rawBytes());
    }

    @Test
    void aGzipBombStopsOneBytePastTheDeclaredSize() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bytes)) {
            g.write(new byte[] {0, 0, 8, 1, 0, 0, 0, 10});
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                g.write(zeros);
            }
        }
        assertError(bytes.toByteArray(), "gz (gzip, uncompressed offsets) at byte 18: unexpected bytes after the 10 data bytes");
        byte[] huge = bytes.toByteArray().clone();
        assertError(IdxReaderTest.gzip(new byte[] {0, 0, 8, 2, 0x40, 0, 0, 0, 0, 0, 1, 0}),
                "gz (gzip, uncompressed offsets) at byte 4: dimension 0 = 1073741824 makes the data larger than the file can hold");
        assertTrue(huge.length < 100_000);
    }

    @Test
    void aSizeTheHeapCannotHoldNamesTheFileAndTheSetting() {
        HeapLimitException e = assertThrows(HeapLimitException.class,
                () -> InputFiles.requireHeap("big.idx", Runtime.getRuntime().maxMemory() + 1, "the data"));
        assertTrue(e.getMessage().startsWith("big.idx: the data needs ") && e.getMessage().contains("SNN4J_JAVA_OPTS=-Xmx"),
                e.getMessage());
    }

    private static void assertError(byte[] data, String start) {
        MalformedFileException ex = assertThrows(MalformedFileException.class, () -> IdxReader.decode(data, "gz"));
        assertTrue(ex.getMessage().startsWith(start), ex.getMessage());
        assertTrue(!ex.getMessage().contains("\n"), "one line");
    }
}
