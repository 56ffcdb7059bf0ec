package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CIFAR-10 binary reader on synthetic 3073-byte records (no real CIFAR-10 bytes are available). */
class Cifar10BinaryReaderTest {

    /** Record with the given label; channel c, row y, column x holds (31*c + 7*y + x + label) mod 256. */
    static byte[] records(int... labels) {
        byte[] out = new byte[labels.length * 3073];
        for (int i = 0; i < labels.length; i++) {
            out[i * 3073] = (byte) labels[i];
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < 32; y++) {
                    for (int x = 0; x < 32; x++) {
                        out[i * 3073 + 1 + c * 1024 + y * 32 + x] = (byte) (31 * c + 7 * y + x + labels[i]);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void decodesLabelAndRgbPlanes() throws Exception {
        LabeledImages im = Cifar10BinaryReader.decode(records(0, 9, 3), "batch");
        assertEquals(3, im.size());
        assertArrayEquals(new int[] {0, 9, 3}, im.labels());
        assertEquals(3, im.channels());
        assertEquals(32, im.height());
        assertEquals((31 * 2 + 7 * 5 + 6 + 9) & 0xFF, im.pixel(1, 2, 5, 6));
        assertEquals(0, im.pixel(0, 0, 0, 0));
        assertEquals((7 * 31 + 31 + 3) & 0xFF, im.pixel(2, 0, 31, 31), "bottom-right of red plane");
        float[] f = new float[3072];
        im.copyImage(1, f, 0, 0.5f);
        assertEquals(im.pixel(1, 1, 0, 3) * 0.5f, f[1024 + 3]);
    }

    @Test
    void concatenatesBatchFiles(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.bin"), records(1, 2));
        Files.write(dir.resolve("b.bin"), records(3));
        LabeledImages im = Cifar10BinaryReader.readAll(List.of(dir.resolve("a.bin"), dir.resolve("b.bin")));
        assertArrayEquals(new int[] {1, 2, 3}, im.labels());
    }

    @Test
    void badFilesNameOffset() {
        assertError(new byte[0], "c at byte 0: empty file");
        assertError(java.util.Arrays.copyOf(records(1, 2), 3073 + 100), "c at byte 3073: truncated record");
        assertError(records(1, 10), "c at byte 3073: label 10 of record 1 is outside 0..9");
    }

    private static void assertError(byte[] data, String start) {
        MalformedFileException ex = assertThrows(MalformedFileException.class, () -> Cifar10BinaryReader.decode(data, "c"));
        assertTrue(ex.getMessage().startsWith(start), ex.getMessage());
    }
}
