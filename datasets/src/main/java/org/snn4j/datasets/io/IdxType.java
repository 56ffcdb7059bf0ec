package org.snn4j.datasets.io;

/**
 * Element types of LeCun's IDX format, identified by the third magic byte. Multi-byte types are
 * big-endian.
 */
public enum IdxType {
    UBYTE(0x08, 1),
    SBYTE(0x09, 1),
    INT16(0x0B, 2),
    INT32(0x0C, 4),
    FLOAT32(0x0D, 4),
    FLOAT64(0x0E, 8);

    private final int code;
    private final int bytes;

    IdxType(int code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** The type code in byte 2 of the magic number. */
    public int code() {
        return code;
    }

    /** Bytes per element. */
    public int bytes() {
        return bytes;
    }

    /** The type for {@code code}, or null if the code is not an IDX type. */
    public static IdxType ofCode(int code) {
        for (IdxType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
