package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Feeds a file's events to an {@link EventSummary}. N-MNIST {@code .bin} and AEDAT 2.0 files are
 * fixed-size records and are decoded in chunks of {@value #CHUNK_EVENTS} events, so their size is
 * unbounded; AEDAT 3.1 and 4.0 files are decoded whole, after the heap check of
 * {@link InputFiles#requireHeap} (a file the heap cannot hold is a one-line error naming
 * {@code SNN4J_JAVA_OPTS}).
 */
final class EventStreams {
    /** Events per chunk of a streamed file. */
    static final int CHUNK_EVENTS = 1 << 16;

    private EventStreams() {
    }

    static void scan(EventFormat format, Path file, EventSummary out) throws IOException {
        out.addAll(format.reader().read(file));
    }
}
