package org.snn4j.datasets.cache;

import java.io.IOException;

/** A cache entry that fails validation; the message names the file and the byte offset. */
public final class CorruptEntryException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param file the entry, {@code offset} the byte where validation failed */
    public CorruptEntryException(String file, long offset, String problem) {
        super(file + ": corrupt cache entry at byte offset " + offset + ": " + problem);
    }
}
