package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.file.Path;
import org.snn4j.datasets.events.Events;

/**
 * Decodes one event file (bytes to {@link Events}). Implementations are immutable and
 * thread-safe; their options are fixed at construction.
 *
 * <p>Malformed input always ends in a {@link MalformedFileException} naming the source and the
 * byte offset, never in an unchecked exception, and allocations are bounded by the input size.
 */
public interface EventReader {

    /**
     * Decodes an in-memory file.
     *
     * @param data the complete file contents
     * @param source a name for error messages (usually the path)
     */
    Events decode(byte[] data, String source) throws MalformedFileException;

    /** Reads and decodes {@code file}. */
    default Events read(Path file) throws IOException {
        return decode(ByteInput.readFile(file).data(), file.toString());
    }

    /**
     * Decodes {@code file} into {@code sink}. The N-MNIST and AEDAT 2.0 readers read it in bounded
     * chunks and the AEDAT 3.1 and 4.0 readers packet by packet, so any file size works; the
     * default decodes the whole file after the heap check of {@link InputFiles#requireHeap}.
     */
    default void stream(Path file, EventSink sink) throws IOException {
        Events e = read(file);
        sink.sensor(e.width(), e.height());
        for (int i = 0; i < e.size(); i++) {
            sink.add(e.x(i), e.y(i), e.t(i), e.p(i));
        }
    }
}
