package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the CIFAR-10 binary version ({@code cifar-10-batches-bin/data_batch_1..5.bin},
 * {@code test_batch.bin}; Krizhevsky, "Learning Multiple Layers of Features from Tiny Images",
 * 2009). A file is a bare sequence of 3073-byte records (10,000 per official file):
 * <pre>
 * byte 0            label 0..9
 * bytes 1..1024     red plane, 32x32 row-major (first 32 bytes = top row)
 * bytes 1025..2048  green plane
 * bytes 2049..3072  blue plane
 * </pre>
 */
public final class Cifar10BinaryReader {
    /** Image side in pixels. */
    public static final int SIDE = 32;
    /** Colour planes (R, G, B). */
    public static final int CHANNELS = 3;
    /** Bytes per record: 1 label + 3 * 32 * 32 pixels. */
    public static final int RECORD_BYTES = 1 + CHANNELS * SIDE * SIDE;
    /** Number of classes; labels are 0..9. */
    public static final int CLASSES = 10;

    private Cifar10BinaryReader() {
    }

    /** Reads one batch file. */
    public static LabeledImages read(Path file) throws IOException {
        return decode(ByteInput.readFile(file).data(), file.toString());
    }

    /** Reads and concatenates several batch files, in order. */
    public static LabeledImages readAll(List<Path> files) throws IOException {
        long total = 0;
        byte[][] contents = new byte[files.size()][];
        for (int i = 0; i < files.size(); i++) {
            contents[i] = ByteInput.readFile(files.get(i)).data();
            check(contents[i], files.get(i).toString());
            total += contents[i].length;
        }
        if (total > ByteInput.MAX_FILE_BYTES) {
            throw new IOException("CIFAR-10 batches hold " + total + " bytes, more than one array can hold");
        }
        byte[] all = new byte[(int) total];
        int pos = 0;
        for (byte[] c : contents) {
            System.arraycopy(c, 0, all, pos, c.length);
            pos += c.length;
        }
        return decode(all, String.join(", ", files.stream().map(Path::toString).toList()));
    }

    /** Decodes an in-memory batch file. */
    public static LabeledImages decode(byte[] data, String source) throws MalformedFileException {
        check(data, source);
        int n = data.length / RECORD_BYTES;
        int imageBytes = RECORD_BYTES - 1;
        byte[] labels = new byte[n];
        byte[] pixels = new byte[n * imageBytes];
        for (int i = 0; i < n; i++) {
            labels[i] = data[i * RECORD_BYTES];
            System.arraycopy(data, i * RECORD_BYTES + 1, pixels, i * imageBytes, imageBytes);
        }
        return new LabeledImages(pixels, labels, CHANNELS, SIDE, SIDE);
    }

    private static void check(byte[] data, String source) throws MalformedFileException {
        if (data.length == 0) {
            throw new MalformedFileException(source, 0, "empty file, expected 3073-byte records");
        }
        if (data.length % RECORD_BYTES != 0) {
            throw new MalformedFileException(source, data.length - data.length % RECORD_BYTES,
                    "truncated record: file size " + data.length + " is not a multiple of " + RECORD_BYTES);
        }
        for (int off = 0; off < data.length; off += RECORD_BYTES) {
            if ((data[off] & 0xFF) >= CLASSES) {
                throw new MalformedFileException(source, off, "label " + (data[off] & 0xFF)
                        + " of record " + off / RECORD_BYTES + " is outside 0.." + (CLASSES - 1));
            }
        }
    }
}
