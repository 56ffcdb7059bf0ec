package org.snn4j.datasets.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads IDX files (LeCun's MNIST format; also Fashion-MNIST), raw or gzip-compressed (detected
 * by the gzip magic {@code 1F 8B}).
 * <pre>
 * bytes 0..1   0x00 0x00
 * byte  2      element type (see {@link IdxType}: 0x08 ubyte ... 0x0E float64)
 * byte  3      number of dimensions n (&gt;= 1)
 * then         n x uint32 big-endian dimension sizes
 * then         prod(dims) elements, row-major, big-endian
 * </pre>
 * MNIST images: magic {@code 0x00000803}, {@code [N, 28, 28]}, data from byte 16; labels: magic
 * {@code 0x00000801}, {@code [N]}, data from byte 8.
 *
 * <p>Byte offsets in errors count uncompressed bytes (gzip container errors: compressed bytes).
 * The data size declared by the header is checked against the file size (raw) or the largest
 * size DEFLATE can expand the file to (gzip), and against the free Java heap, before anything is
 * allocated, so a bogus dimension cannot allocate gigabytes. Gzip files are decoded by
 * {@link GzipInput}: CRC32, ISIZE and trailing bytes are checked, and decompression stops one
 * byte past the size the header declares, so a gzip bomb costs no more than that size.
 */
public final class IdxReader {
    /** Magic of MNIST image files: ubyte, 3 dimensions. */
    public static final int MNIST_IMAGES_MAGIC = 0x00000803;
    /** Magic of MNIST label files: ubyte, 1 dimension. */
    public static final int MNIST_LABELS_MAGIC = 0x00000801;
    /** Largest expansion of DEFLATE (1032:1) used to bound a gzip file's content. */
    public static final int MAX_DEFLATE_RATIO = 1032;

    private IdxReader() {
    }

    /** Reads an IDX file (gzip or raw). */
    public static IdxArray read(Path file) throws IOException {
        return decode(ByteInput.readFile(file).data(), file.toString());
    }

    /** Reads an image file and checks it is {@code UBYTE [N, H, W]}. */
    public static IdxArray readImages(Path file) throws IOException {
        return require(read(file), file, 3);
    }

    /** Reads a label file and checks it is {@code UBYTE [N]}. */
    public static IdxArray readLabels(Path file) throws IOException {
        return require(read(file), file, 1);
    }

    /** Decodes an in-memory IDX file (gzip or raw). */
    public static IdxArray decode(byte[] file, String source) throws MalformedFileException {
        boolean gzip = GzipInput.isGzip(file);
        String name = gzip ? source + " (gzip, uncompressed offsets)" : source;
        long maxContent = gzip ? (long) file.length * MAX_DEFLATE_RATIO + 1024 : file.length;
        try (InputStream in = gzip ? new GzipInput(file, source) : new ByteArrayInputStream(file)) {
            return decodeStream(in, name, source, maxContent);
        } catch (MalformedFileException e) {
            throw e;
        } catch (IOException e) {
            throw new MalformedFileException(source, 0, "unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * Reads header, dimensions and exactly the declared data, then requires the end of the stream:
     * for gzip that end is where CRC32, ISIZE and trailing bytes are checked, and a stream that
     * decompresses to more than the declared size (a "zip bomb") stops one byte past it.
     */
    private static IdxArray decodeStream(InputStream in, String name, String source, long maxContent) throws IOException {
        byte[] magic = readExactly(in, 4, 0, name, "magic number");
        if (magic[0] != 0 || magic[1] != 0 || IdxType.ofCode(magic[2] & 0xFF) == null || magic[3] == 0) {
            throw new MalformedFileException(name, 0, String.format("bad magic number 0x%02x%02x%02x%02x, expected "
                    + "00 00 <type 08|09|0B|0C|0D|0E> <ndims >= 1>", magic[0], magic[1], magic[2], magic[3]));
        }
        IdxType type = IdxType.ofCode(magic[2] & 0xFF);
        int rank = magic[3] & 0xFF;
        byte[] dimBytes = readExactly(in, 4 * rank, 4, name, "dimension sizes");
        int[] dims = new int[rank];
        long headerBytes = 4 + 4L * rank;
        long dataBytes = type.bytes();
        for (int i = 0; i < rank; i++) {
            long d = (dimBytes[4 * i] & 0xFFL) << 24 | (dimBytes[4 * i + 1] & 0xFF) << 16
                    | (dimBytes[4 * i + 2] & 0xFF) << 8 | (dimBytes[4 * i + 3] & 0xFF);
            if (d > Integer.MAX_VALUE) {
                throw new MalformedFileException(name, 4 + 4L * i, "dimension " + i + " is " + d
                        + ", more than " + Integer.MAX_VALUE);
            }
            dataBytes *= d;
            if (dataBytes + headerBytes > Math.min(maxContent, ByteInput.MAX_FILE_BYTES)) {
                throw new MalformedFileException(name, 4 + 4L * i, "dimension " + i + " = " + d
                        + " makes the data larger than the file can hold (" + maxContent + " bytes)");
            }
            dims[i] = (int) d;
        }
        InputFiles.requireHeap(source, dataBytes + dataBytes / type.bytes() * Float.BYTES,
                "the data of " + type + " " + Arrays.toString(dims) + " (raw and as float32)");
        byte[] data = readExactly(in, (int) dataBytes, headerBytes, name, "data of " + Arrays.toString(dims));
        if (in.read() != -1) {
            throw new MalformedFileException(name, headerBytes + dataBytes, "unexpected bytes after the "
                    + dataBytes + " data bytes declared by dimensions " + Arrays.toString(dims));
        }
        return new IdxArray(type, dims, data);
    }

    private static byte[] readExactly(InputStream in, int n, long at, String name, String what) throws IOException {
        byte[] out = new byte[n];
        int got = 0;
        try {
            while (got < n) {
                int r = in.read(out, got, n - got);
                if (r < 0) {
                    break;
                }
                got += r;
            }
        } catch (MalformedFileException e) {
            throw e;
        } catch (IOException e) {
            throw new MalformedFileException(name, at + got, "corrupt " + what + ": " + e.getMessage(), e);
        }
        if (got < n) {
            throw new MalformedFileException(name, at + got, "truncated " + what + ": expected " + n
                    + " bytes, found " + got);
        }
        return out;
    }

    private static IdxArray require(IdxArray a, Path file, int rank) throws MalformedFileException {
        if (a.type() != IdxType.UBYTE || a.rank() != rank) {
            throw new MalformedFileException(file.toString(), 2, "expected UBYTE with " + rank
                    + " dimension(s), found " + a.type() + " " + Arrays.toString(a.dims()));
        }
        return a;
    }
}
