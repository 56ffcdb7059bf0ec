package org.snn4j.datasets.io;

import java.io.IOException;

/**
 * A file is well-formed as far as read, but decoding it needs more memory than the Java heap
 * allows. The one-line message names the file, the size and the {@code SNN4J_JAVA_OPTS} to set.
 */
public class HeapLimitException extends IOException {
    private static final long serialVersionUID = 1L;

    public HeapLimitException(String message) {
        super(message);
    }
}
