package org.snn4j.datasets.io;

import java.io.IOException;

/**
 * A data file does not follow its format: truncated, wrong magic number or header, empty,
 * out-of-range coordinates, timestamps that go backwards, or inconsistent sizes.
 *
 * <p>The message is one line, {@code "<file> at byte <offset>: <problem>"}, so a user can open the
 * file in a hex viewer at the right place. For compressed containers (gzip IDX, LZ4 packets) the
 * offset says whether it counts compressed or decompressed bytes.
 */
public class MalformedFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long byteOffset;

    /**
     * @param source file path or another name for the byte source
     * @param byteOffset offset of the offending byte, {@code >= 0}
     * @param problem what was found and what was expected
     */
    public MalformedFileException(String source, long byteOffset, String problem) {
        this(source, byteOffset, problem, null);
    }

    /** As {@link #MalformedFileException(String, long, String)}, keeping the low-level cause. */
    public MalformedFileException(String source, long byteOffset, String problem, Throwable cause) {
        super(source + " at byte " + byteOffset + ": " + problem, cause);
        this.source = source;
        this.byteOffset = byteOffset;
    }

    /** The file (or byte source name) that is malformed. */
    public String source() {
        return source;
    }

    /** Offset of the offending byte. */
    public long byteOffset() {
        return byteOffset;
    }
}
