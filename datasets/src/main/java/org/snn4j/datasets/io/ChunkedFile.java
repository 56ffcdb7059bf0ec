package org.snn4j.datasets.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a regular file as consecutive chunks of whole records, each handed over as a
 * {@link ByteInput} that reports file offsets in its errors. At most one chunk is in memory.
 */
final class ChunkedFile {
    /** Bytes per chunk, rounded down to whole records. */
    static final int CHUNK_BYTES = 1 << 20;

    /** Consumes one chunk; {@code in.length()} is a multiple of the record size. */
    interface ChunkConsumer {
        void accept(ByteInput in) throws MalformedFileException;
    }

    private ChunkedFile() {
    }

    /** The first {@code max} bytes of {@code file} (fewer if it is shorter). */
    static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    /** The {@code length} bytes at {@code position} of an open file, reporting file offsets in errors. */
    static ByteInput read(FileChannel ch, long position, int length, Path file) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (ch.read(b, position + b.position()) < 0) {
                throw new MalformedFileException(file.toString(), position + b.position(), "file ended while reading");
            }
        }
        return new ByteInput(b.array(), file.toString(), position);
    }

    /** Hands {@code [from, end of file)} to {@code consumer} in chunks of whole {@code recordBytes}-byte records. */
    static void records(Path file, long from, int recordBytes, ChunkConsumer consumer) throws IOException {
        int chunk = Math.max(recordBytes, CHUNK_BYTES / recordBytes * recordBytes);
        byte[] buf = new byte[chunk];
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(from);
            long base = from;
            for (int n; (n = in.readNBytes(buf, 0, chunk)) > 0; base += n) {
                consumer.accept(new ByteInput(n == chunk ? buf : java.util.Arrays.copyOf(buf, n), file.toString(), base));
            }
        }
    }
}
