package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A whole file held in memory with bounds-checked little- and big-endian reads. Every read that
 * would run past the end throws a {@link MalformedFileException} naming the source and offset, so
 * readers never surface an {@code ArrayIndexOutOfBoundsException} on truncated input.
 */
final class ByteInput {
    /** Largest file a reader loads into one array (Java arrays hold at most ~2^31 bytes). */
    static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 16L;

    private final byte[] data;
    private final String source;
    private final long base;

    ByteInput(byte[] data, String source) {
        this(data, source, 0);
    }

    /** A chunk of a larger file that starts at file offset {@code base}: errors report file offsets. */
    ByteInput(byte[] data, String source, long base) {
        this.data = data;
        this.source = source;
        this.base = base;
    }

    /** Reads the whole file, refusing files too large for one array. */
    static ByteInput readFile(Path file) throws IOException {
        long size = InputFiles.requireRegular(file);
        if (size > MAX_FILE_BYTES) {
            throw new HeapLimitException(file + ": file has " + size + " bytes, more than the "
                    + MAX_FILE_BYTES + " one Java array can hold; split the file");
        }
        InputFiles.requireHeap(file.toString(), size, "reading the whole file");
        return new ByteInput(Files.readAllBytes(file), file.toString());
    }

    byte[] data() {
        return data;
    }

    String source() {
        return source;
    }

    /** File offset of byte 0 of this input (0 unless it is a chunk). */
    long base() {
        return base;
    }

    int length() {
        return data.length;
    }

    MalformedFileException error(long offset, String problem) {
        return new MalformedFileException(source, base + offset, problem);
    }

    /** Ensures {@code count} bytes exist at {@code offset}; {@code what} names the structure. */
    void require(long offset, long count, String what) throws MalformedFileException {
        if (offset < 0 || count < 0 || offset + count > data.length) {
            throw error(Math.max(0, Math.min(offset, data.length)), "truncated " + what + ": need "
                    + count + " bytes at offset " + (base + offset) + " but the file has " + (base + data.length) + " bytes");
        }
    }

    int u8(long off) throws MalformedFileException {
        require(off, 1, "byte");
        return data[(int) off] & 0xFF;
    }

    int beI32(long off) throws MalformedFileException {
        require(off, 4, "big-endian int32");
        int o = (int) off;
        return (data[o] & 0xFF) << 24 | (data[o + 1] & 0xFF) << 16 | (data[o + 2] & 0xFF) << 8 | (data[o + 3] & 0xFF);
    }

    int beU16(long off) throws MalformedFileException {
        require(off, 2, "big-endian uint16");
        return (data[(int) off] & 0xFF) << 8 | (data[(int) off + 1] & 0xFF);
    }

    int leU16(long off) throws MalformedFileException {
        require(off, 2, "little-endian uint16");
        int o = (int) off;
        return (data[o] & 0xFF) | (data[o + 1] & 0xFF) << 8;
    }

    int leI32(long off) throws MalformedFileException {
        require(off, 4, "little-endian int32");
        int o = (int) off;
        return (data[o] & 0xFF) | (data[o + 1] & 0xFF) << 8 | (data[o + 2] & 0xFF) << 16 | (data[o + 3] & 0xFF) << 24;
    }

    long leI64(long off) throws MalformedFileException {
        require(off, 8, "little-endian int64");
        return (leI32(off) & 0xFFFFFFFFL) | ((long) leI32(off + 4)) << 32;
    }

    /** True if the bytes at {@code off} equal {@code ascii}; false (not an error) if too short. */
    boolean startsWith(long off, String ascii) {
        if (off < 0 || off + ascii.length() > data.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (data[(int) off + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
