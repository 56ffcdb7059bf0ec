package org.snn4j.datasets.download;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Minimal streaming reader of POSIX ustar / GNU tar archives (the format of {@code tar czf}).
 *
 * <p>Each member is a 512-byte header followed by its data padded to 512 bytes. Header fields
 * used (byte offset, length): name (0, 100), size (124, 12, octal ASCII), checksum (148, 8,
 * octal: sum of all header bytes with the checksum field read as spaces), type flag (156, 1:
 * {@code '0'} or NUL = file, {@code '5'} = directory, {@code 'L'} = GNU long name for the next
 * member, {@code 'x'} = pax header whose {@code path=} record names the next member), ustar prefix
 * (345, 155) joined to the name with {@code /}. Two zero blocks end the archive. Links and other
 * member types are skipped (their data is not extracted).
 */
final class TarReader {
    static final int BLOCK = 512;
    static final int NAME_OFFSET = 0;
    static final int NAME_LENGTH = 100;
    static final int SIZE_OFFSET = 124;
    static final int SIZE_LENGTH = 12;
    static final int CHECKSUM_OFFSET = 148;
    static final int CHECKSUM_LENGTH = 8;
    static final int TYPE_OFFSET = 156;
    static final int MAGIC_OFFSET = 257;
    static final int PREFIX_OFFSET = 345;
    static final int PREFIX_LENGTH = 155;

    /** One member header. */
    record Entry(String name, long size, char type) {
        boolean isFile() {
            return type == '0' || type == '\0';
        }

        boolean isDirectory() {
            return type == '5';
        }
    }

    private final InputStream in;
    private final String source;
    private final byte[] header = new byte[BLOCK];
    private long offset;
    private long remaining;
    private long padding;

    TarReader(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The next member (its data is then readable with {@link #readData}), or null at the end. */
    Entry next() throws IOException {
        skipRest();
        String longName = null;
        while (true) {
            long headerOffset = offset;
            if (!readBlock()) {
                return null;
            }
            if (isZero(header)) {
                return null;
            }
            verifyChecksum(headerOffset);
            char type = (char) header[TYPE_OFFSET];
            long size = parseOctal(SIZE_OFFSET, SIZE_LENGTH, headerOffset);
            String name = longName != null ? longName : fullName();
            if (type == 'L' || type == 'x') {
                String meta = new String(readAll(size, headerOffset), StandardCharsets.UTF_8);
                longName = type == 'L' ? trimNul(meta) : paxPath(meta, longName);
                continue;
            }
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            return new Entry(name, size, type);
        }
    }

    /** Reads up to {@code len} bytes of the current member's data; -1 at its end. */
    int readData(byte[] buf, int off, int len) throws IOException {
        if (remaining == 0) {
            return -1;
        }
        int n = in.read(buf, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw new EOFException(source + ": tar member data truncated at byte offset " + offset);
        }
        remaining -= n;
        offset += n;
        return n;
    }

    private void skipRest() throws IOException {
        byte[] skip = new byte[8192];
        while (remaining > 0) {
            readData(skip, 0, skip.length);
        }
        skipFully(padding);
        padding = 0;
    }

    private boolean readBlock() throws IOException {
        int got = in.readNBytes(header, 0, BLOCK);
        offset += got;
        if (got == 0) {
            return false;
        }
        if (got < BLOCK) {
            throw new EOFException(source + ": truncated tar header at byte offset " + (offset - got));
        }
        return true;
    }

    private byte[] readAll(long size, long headerOffset) throws IOException {
        if (size > 1 << 20) {
            throw new IOException(source + ": tar metadata member at byte offset " + headerOffset + " is too large");
        }
        byte[] data = in.readNBytes((int) size);
        offset += data.length;
        if (data.length < size) {
            throw new EOFException(source + ": truncated tar metadata at byte offset " + offset);
        }
        skipFully((BLOCK - size % BLOCK) % BLOCK);
        return data;
    }

    private void skipFully(long n) throws IOException {
        in.skipNBytes(n);
        offset += n;
    }

    private void verifyChecksum(long headerOffset) throws IOException {
        long stored = parseOctal(CHECKSUM_OFFSET, CHECKSUM_LENGTH, headerOffset);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            boolean inField = i >= CHECKSUM_OFFSET && i < CHECKSUM_OFFSET + CHECKSUM_LENGTH;
            sum += inField ? ' ' : header[i] & 0xFF;
        }
        if (sum != stored) {
            throw new IOException(source + ": tar header checksum mismatch at byte offset " + headerOffset
                    + " (stored " + stored + ", computed " + sum + "); the archive is damaged or not a tar file");
        }
    }

    /** Octal ASCII (leading spaces, ended by NUL or space), or GNU base-256 when the top bit is set. */
    private long parseOctal(int off, int len, long headerOffset) throws IOException {
        if ((header[off] & 0x80) != 0) {
            long v = header[off] & 0x7F;
            for (int i = off + 1; i < off + len; i++) {
                v = (v << 8) | (header[i] & 0xFF);
            }
            return v;
        }
        int i = off;
        while (i < off + len && header[i] == ' ') {
            i++;
        }
        long v = 0;
        for (; i < off + len && header[i] != 0 && header[i] != ' '; i++) {
            byte b = header[i];
            if (b < '0' || b > '7') {
                throw new IOException(source + ": bad octal digit in tar header at byte offset " + (headerOffset + i));
            }
            v = v * 8 + (b - '0');
        }
        return v;
    }

    private String fullName() {
        String name = field(NAME_OFFSET, NAME_LENGTH);
        boolean ustar = new String(header, MAGIC_OFFSET, 5, StandardCharsets.US_ASCII).equals("ustar");
        String prefix = ustar ? field(PREFIX_OFFSET, PREFIX_LENGTH) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private String field(int off, int len) {
        int end = off;
        while (end < off + len && header[end] != 0) {
            end++;
        }
        return new String(header, off, end - off, StandardCharsets.UTF_8);
    }

    private static String trimNul(String s) {
        int nul = s.indexOf('\0');
        return nul >= 0 ? s.substring(0, nul) : s;
    }

    /** The {@code path} record of a pax header ("LEN path=VALUE\n" records), else {@code fallback}. */
    private static String paxPath(String meta, String fallback) {
        for (String record : meta.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 6);
            }
        }
        return fallback;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
