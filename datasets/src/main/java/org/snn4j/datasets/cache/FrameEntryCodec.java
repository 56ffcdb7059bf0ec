package org.snn4j.datasets.cache;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;
import org.snn4j.datasets.transforms.Frames;

/**
 * Byte layout of one cache entry (all integers little-endian):
 * <pre>
 * offset        size    field
 * 0             4       magic "SNNF" (0x53 0x4E 0x4E 0x46)
 * 4             4       format version, int32 = {@value #VERSION}
 * 8             4       rank r, int32, 1..{@value #MAX_RANK}
 * 12            4·r     dimensions, int32 each, ≥ 0
 * 12 + 4r       4·n     data, float32, n = product of the dimensions, C order
 * 12 + 4r + 4n  4       CRC-32C of bytes [0, 12 + 4r + 4n)
 * </pre>
 */
final class FrameEntryCodec {
    static final int MAGIC = 0x464E4E53; // "SNNF" read as little-endian int
    static final int VERSION = 1;
    static final int MAX_RANK = 8;
    static final int HEADER_BYTES = 12;
    static final int CRC_BYTES = 4;

    private FrameEntryCodec() {
    }

    /** The complete entry bytes for {@code frames}. */
    static byte[] encode(Frames frames) {
        int rank = frames.rank();
        int size = HEADER_BYTES + 4 * rank + 4 * frames.length() + CRC_BYTES;
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(VERSION).putInt(rank);
        for (int d : frames.shape()) {
            b.putInt(d);
        }
        for (float v : frames.data()) {
            b.putFloat(v);
        }
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, size - CRC_BYTES);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /**
     * Validates an entry held in {@code b[0, limit)} (little-endian) without allocating.
     *
     * @throws CorruptEntryException naming {@code file} and the failing offset
     */
    static void validate(ByteBuffer b, String file) throws CorruptEntryException {
        int limit = b.limit();
        if (limit < HEADER_BYTES + CRC_BYTES) {
            throw new CorruptEntryException(file, limit, "file has " + limit + " bytes, shorter than the header");
        }
        if (b.getInt(0) != MAGIC) {
            throw new CorruptEntryException(file, 0, "bad magic (expected \"SNNF\")");
        }
        if (b.getInt(4) != VERSION) {
            throw new CorruptEntryException(file, 4, "format version " + b.getInt(4) + ", expected " + VERSION);
        }
        int rank = b.getInt(8);
        if (rank < 1 || rank > MAX_RANK || HEADER_BYTES + 4L * rank + CRC_BYTES > limit) {
            throw new CorruptEntryException(file, 8, "rank " + rank + " is not in 1.." + MAX_RANK + " or does not fit the file");
        }
        long n = 1;
        for (int i = 0; i < rank; i++) {
            int d = b.getInt(HEADER_BYTES + 4 * i);
            if (d < 0) {
                throw new CorruptEntryException(file, HEADER_BYTES + 4L * i, "negative dimension " + d);
            }
            n = Math.min(n * d, Integer.MAX_VALUE);
        }
        long expected = HEADER_BYTES + 4L * rank + 4 * n + CRC_BYTES;
        if (expected != limit) {
            throw new CorruptEntryException(file, Math.min(expected, limit), "the header's shape needs "
                    + expected + " bytes but the file has " + limit);
        }
        CRC32C crc = new CRC32C();
        crc.update(b.duplicate().position(0).limit(limit - CRC_BYTES));
        if ((int) crc.getValue() != b.getInt(limit - CRC_BYTES)) {
            throw new CorruptEntryException(file, limit - CRC_BYTES, "CRC-32C mismatch");
        }
    }

    /** Shape stored in a validated entry. */
    static int[] shape(ByteBuffer b) {
        int[] shape = new int[b.getInt(8)];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = b.getInt(HEADER_BYTES + 4 * i);
        }
        return shape;
    }

    /** True if a validated entry has exactly {@code shape}. */
    static boolean hasShape(ByteBuffer b, int[] shape) {
        if (b.getInt(8) != shape.length) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            if (b.getInt(HEADER_BYTES + 4 * i) != shape[i]) {
                return false;
            }
        }
        return true;
    }

    /** Offset of the first data float for a given rank. */
    static int dataOffset(int rank) {
        return HEADER_BYTES + 4 * rank;
    }
}
