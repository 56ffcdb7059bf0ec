package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snn4j.datasets.SharedDataDir;

/** IDX reader: the real MNIST files of shared/data (sha256, label counts, pixel sums) and every type. */
class IdxReaderTest {

    /** Re-encodes an array as an uncompressed IDX file (magic, BE dims, data). */
    static byte[] idxBytes(IdxArray a) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * a.rank() + a.rawBytes().length);
        b.put((byte) 0).put((byte) 0).put((byte) a.type().code()).put((byte) a.rank());
        for (int d : a.dims()) {
            b.putInt(d);
        }
        return b.put(a.rawBytes()).array();
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @ParameterizedTest
    @CsvSource({
        "mnist/t10k-images-idx3-ubyte.gz, 0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
        "mnist/t10k-labels-idx1-ubyte.gz, ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
        "mnist/train-images-idx3-ubyte.gz, 4e3355b0dd14bc12e53353f1d2789806361e6ef7350c92a8c5e778a74ea77696",
        "mnist/train-labels-idx1-ubyte.gz, 364de413ea4102745aa4d08a168e3501716cb789ace0f8b3033481882a00e25f"})
    void uncompressedContentHasThePublishedSha256(String file, String sha) throws Exception {
        IdxArray a = IdxReader.read(SharedDataDir.resolve(file));
        assertEquals(sha, sha256(idxBytes(a)));
    }

    @Test
    void t10kImagesAndLabels() throws Exception {
        IdxArray images = IdxReader.readImages(SharedDataDir.resolve("mnist/t10k-images-idx3-ubyte.gz"));
        IdxArray labels = IdxReader.readLabels(SharedDataDir.resolve("mnist/t10k-labels-idx1-ubyte.gz"));
        assertArrayEquals(new int[] {10000, 28, 28}, images.dims());
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}, counts(labels.toIntArray()));
        assertArrayEquals(new int[] {7, 2, 1, 0, 4, 1, 4, 9, 5, 9}, java.util.Arrays.copyOf(labels.toIntArray(), 10));
        assertArrayEquals(new long[] {18454, 116}, sumAndNonZero(images, 0));
        assertEquals(33.79, total(images) / (double) images.elementCount(), 0.005);
    }

    @Test
    void trainSubsetImagesAndLabels() throws Exception {
        IdxArray images = IdxReader.readImages(SharedDataDir.resolve("mnist/train-images-idx3-ubyte.gz"));
        IdxArray labels = IdxReader.readLabels(SharedDataDir.resolve("mnist/train-labels-idx1-ubyte.gz"));
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, counts(labels.toIntArray()));
        assertEquals(262_146_600L, total(images));
        assertArrayEquals(new long[] {31095, 176}, sumAndNonZero(images, 0));
        assertEquals(19255, sumAndNonZero(images, 9999)[0]);
        float[] scaled = images.toFloatArray(1f / 255);
        assertEquals(images.getUnsignedByte(200) / 255f, scaled[200]);
    }

    private static int[] counts(int[] labels) {
        int[] c = new int[10];
        for (int l : labels) {
            c[l]++;
        }
        return c;
    }

    private static long[] sumAndNonZero(IdxArray images, int image) {
        long sum = 0;
        long nonZero = 0;
        for (int k = 0; k < 784; k++) {
            int v = images.getUnsignedByte(image * 784 + k);
            sum += v;
            nonZero += v > 0 ? 1 : 0;
        }
        return new long[] {sum, nonZero};
    }

    private static long total(IdxArray images) {
        long s = 0;
        for (byte b : images.rawBytes()) {
            s += b & 0xFF;
        }
        return s;
    }

    @Test
    void decodesEveryElementType() throws Exception {
        assertValues(new byte[] {0, 0, 0x08, 1, 0, 0, 0, 2, (byte) 200, 7}, IdxType.UBYTE, 200, 7);
        assertValues(new byte[] {0, 0, 0x09, 1, 0, 0, 0, 2, (byte) 0xFF, 5}, IdxType.SBYTE, -1, 5);
        assertValues(new byte[] {0, 0, 0x0B, 1, 0, 0, 0, 2, 0x01, 0x2C, (byte) 0x80, 0}, IdxType.INT16, 300, -32768);
        assertValues(new byte[] {0, 0, 0x0C, 1, 0, 0, 0, 1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE}, IdxType.INT32, -2);
        assertValues(new byte[] {0, 0, 0x0D, 1, 0, 0, 0, 2, 0x3F, (byte) 0xC0, 0, 0, (byte) 0xBE, (byte) 0x80, 0, 0},
                IdxType.FLOAT32, 1.5, -0.25);
        byte[] f64 = ByteBuffer.allocate(16).put(new byte[] {0, 0, 0x0E, 1, 0, 0, 0, 1}).putDouble(Math.PI).array();
        assertValues(f64, IdxType.FLOAT64, Math.PI);
        IdxArray matrix = IdxReader.decode(new byte[] {0, 0, 0x08, 2, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6}, "m");
        assertArrayEquals(new int[] {2, 3}, matrix.dims());
        assertEquals(6, matrix.getDouble(5));
    }

    private static void assertValues(byte[] file, IdxType type, double... expected) throws Exception {
        IdxArray a = IdxReader.decode(file, "t");
        assertEquals(type, a.type());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], a.getDouble(i), 1e-6, type + " element " + i);
        }
    }

    @Test
    void badFilesGiveOneLineErrorsWithOffsets() throws Exception {
        assertError(new byte[] {1, 0, 8, 3}, "bad.idx at byte 0: bad magic number 0x01000803");
        assertError(new byte[] {0, 0, 8, 0}, "bad.idx at byte 0: bad magic number");
        assertError(new byte[] {0, 0, 7, 1, 0, 0, 0, 1, 0}, "bad.idx at byte 0: bad magic number");
        assertError(new byte[] {0, 0}, "bad.idx at byte 2: truncated magic number");
        assertError(new byte[] {0, 0, 8, 2, 0, 0, 0, 1, 0, 0}, "bad.idx at byte 10: truncated dimension sizes");
        assertError(new byte[] {0, 0, 8, 1, 0, 0, 0, 3, 1, 2}, "bad.idx at byte 4: dimension 0 = 3 makes the data larger");
        assertError(new byte[] {0, 0, 8, 1, 0, 0, 0, 1, 1, 2}, "bad.idx at byte 9: unexpected bytes after");
        assertError(new byte[] {0, 0, 8, 2, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF}, "bad.idx at byte 4: dimension 0 = 2147483647 makes the data larger");
        assertError(new byte[] {0, 0, 8, 1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, "bad.idx at byte 4: dimension 0 is 4294967295");
        byte[] gz = gzip(new byte[] {0, 0, 8, 1, 0, 0, 0x10, 0, 1, 2, 3});
        assertError(gz, "bad.idx (gzip, uncompressed offsets) at byte 11: truncated data of [4096]");
        byte[] cut = java.util.Arrays.copyOf(gzip(new byte[5000]), 20);
        IdxReaderTest.assertError(cut, "bad.idx at byte 20: truncated gzip file");
    }

    private static void assertError(byte[] data, String start) {
        MalformedFileException ex = assertThrows(MalformedFileException.class, () -> IdxReader.decode(data, "bad.idx"));
        assertTrue(ex.getMessage().startsWith(start), ex.getMessage());
        assertTrue(!ex.getMessage().contains("\n"), "one line");
    }

    static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(data);
        }
        return b.toByteArray();
    }
}
