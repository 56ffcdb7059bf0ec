package org.snn4j.datasets.io;

import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked reading of one FlatBuffers buffer (a hand-written vtable walk, no generated
 * code). All offsets are little-endian and must stay inside {@code [start, end)}.
 * <pre>
 * start + 0   uint32 offset of the root table (relative to start)
 * start + 4   4-byte file identifier (e.g. "IOHE", "EVTS")
 * table + 0   int32 soffset: vtable = table - soffset
 * vtable + 0  uint16 vtable size in bytes; +2 uint16 table size; +4 + 2*i uint16 offset of field i
 *             inside the table (0 or beyond the vtable = field absent, use the default)
 * reference   uint32 offset from the reference's own position (strings, vectors, sub-tables)
 * string      uint32 length, then UTF-8 bytes; vector: uint32 count, then elements
 * </pre>
 */
final class FlatBuffer {
    private final ByteInput in;
    private final long start;
    private final long end;

    FlatBuffer(ByteInput in, long start, long length) throws MalformedFileException {
        in.require(start, length, "flatbuffer");
        if (length < 8) {
            throw in.error(start, "flatbuffer of " + length + " bytes is too short (need at least 8)");
        }
        this.in = in;
        this.start = start;
        this.end = start + length;
    }

    /** The 4-character file identifier at bytes 4..7. */
    String identifier() {
        return new String(in.data(), (int) start + 4, 4, StandardCharsets.ISO_8859_1);
    }

    /** Absolute offset of the root table. */
    long rootTable() throws MalformedFileException {
        return check(start + u32(start), 4, "root table");
    }

    /** Absolute offset of field {@code index} of {@code table}, or -1 if the field is absent. */
    long field(long table, int index) throws MalformedFileException {
        long vtable = check(table - in.leI32(table), 4, "vtable");
        int vtableSize = in.leU16(vtable);
        if (4 + 2 * index + 2 > vtableSize) {
            return -1;
        }
        int fieldOffset = in.leU16(check(vtable + 4 + 2L * index, 2, "vtable entry"));
        return fieldOffset == 0 ? -1 : check(table + fieldOffset, 1, "table field");
    }

    int int32(long table, int index, int defaultValue) throws MalformedFileException {
        long f = field(table, index);
        return f < 0 ? defaultValue : in.leI32(check(f, 4, "int32 field"));
    }

    long int64(long table, int index, long defaultValue) throws MalformedFileException {
        long f = field(table, index);
        return f < 0 ? defaultValue : in.leI64(check(f, 8, "int64 field"));
    }

    /** The string field, or null if absent. */
    String string(long table, int index) throws MalformedFileException {
        long f = field(table, index);
        if (f < 0) {
            return null;
        }
        long s = check(f + u32(check(f, 4, "string reference")), 4, "string");
        long length = u32(s);
        check(s + 4, length, "string bytes");
        return new String(in.data(), (int) s + 4, (int) length, StandardCharsets.UTF_8);
    }

    /**
     * Locates a vector of fixed-size elements: returns {start of first element, element count},
     * or {0, 0} if the field is absent.
     */
    long[] vector(long table, int index, int elementBytes) throws MalformedFileException {
        long f = field(table, index);
        if (f < 0) {
            return new long[] {0, 0};
        }
        long v = check(f + u32(check(f, 4, "vector reference")), 4, "vector");
        long count = u32(v);
        check(v + 4, count * elementBytes, "vector of " + count + " elements");
        return new long[] {v + 4, count};
    }

    private long u32(long off) throws MalformedFileException {
        return in.leI32(check(off, 4, "offset")) & 0xFFFFFFFFL;
    }

    private long check(long off, long length, String what) throws MalformedFileException {
        if (off < start || length < 0 || off + length > end) {
            throw in.error(Math.max(0, off), what + " at " + off + " (+" + length
                    + " bytes) lies outside the flatbuffer [" + start + ", " + end + ")");
        }
        return off;
    }
}
