package org.snn4j.datasets.io;

import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A strict gzip decoder (RFC 1952) over an in-memory file, decompressing only as far as it is read.
 * <pre>
 * member  = 1F 8B | CM=08 | FLG | MTIME u32 | XFL | OS | [FEXTRA: u16 LE len, bytes] | [FNAME: zero-ended]
 *           | [FCOMMENT: zero-ended] | [FHCRC: u16] | DEFLATE data | CRC32 u32 LE | ISIZE u32 LE
 * file    = member+            (concatenated members are one stream; nothing may follow the last)
 * </pre>
 * Unlike {@code java.util.zip.GZIPInputStream}, which checks CRC32 and ISIZE only when read to the
 * end and silently drops bytes after a member that do not form a gzip header, every member's
 * CRC32 and ISIZE are checked when its DEFLATE data ends and any trailing byte is an error. The
 * header's FHCRC, when present, is checked too. Fields the format does not protect (MTIME, XFL,
 * OS, a name or comment without FHCRC) are accepted as read. Errors are
 * {@link MalformedFileException}s at <em>compressed</em> byte offsets.
 */
final class GzipInput extends InputStream {
    static final int ID1 = 0x1F;
    static final int ID2 = 0x8B;
    static final int CM_DEFLATE = 8;
    static final int FHCRC = 0x02;
    static final int FEXTRA = 0x04;
    static final int FNAME = 0x08;
    static final int FCOMMENT = 0x10;
    static final int RESERVED_FLAGS = 0xE0;
    static final int FIXED_HEADER_BYTES = 10;
    static final int TRAILER_BYTES = 8;

    private final ByteInput in;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private long pos;
    private long memberStart;
    private long memberOut;
    private int members;
    private boolean inMember;
    private boolean done;

    GzipInput(byte[] file, String source) {
        this.in = new ByteInput(file, source);
    }

    /** True if {@code file} starts with the gzip magic {@code 1F 8B}. */
    static boolean isGzip(byte[] file) {
        return file.length >= 2 && (file[0] & 0xFF) == ID1 && (file[1] & 0xFF) == ID2;
    }

    @Override
    public int read() throws MalformedFileException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws MalformedFileException {
        if (len == 0) {
            return 0;
        }
        while (!done) {
            if (!inMember) {
                startMember();
                continue;
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw in.error(pos + inflater.getTotalIn(), "corrupt DEFLATE data in the gzip member at byte "
                        + memberStart + ": " + e.getMessage());
            }
            if (n > 0) {
                crc.update(b, off, n);
                memberOut += n;
                return n;
            }
            if (inflater.finished()) {
                endMember();
            } else if (inflater.needsInput()) {
                throw in.error(in.length(), "truncated gzip file: the DEFLATE data of the member at byte "
                        + memberStart + " ends without its final block");
            } else if (inflater.needsDictionary()) {
                throw in.error(pos, "gzip member at byte " + memberStart + " asks for a preset dictionary");
            }
        }
        return -1;
    }

    private void startMember() throws MalformedFileException {
        if (pos == in.length() && members > 0) {
            done = true;
            return;
        }
        if (in.length() - pos < 2 || in.u8(pos) != ID1 || in.u8(pos + 1) != ID2) {
            throw in.error(pos, members == 0 ? "not a gzip file: bad magic number"
                    : (in.length() - pos) + " bytes of trailing garbage after the last gzip member");
        }
        memberStart = pos;
        members++;
        long p = pos;
        in.require(p, FIXED_HEADER_BYTES, "gzip header");
        if (in.u8(p + 2) != CM_DEFLATE) {
            throw in.error(p + 2, "gzip compression method " + in.u8(p + 2) + ", expected 8 (DEFLATE)");
        }
        int flg = in.u8(p + 3);
        if ((flg & RESERVED_FLAGS) != 0) {
            throw in.error(p + 3, String.format("gzip header flags 0x%02x set reserved bits", flg));
        }
        p += FIXED_HEADER_BYTES;
        if ((flg & FEXTRA) != 0) {
            p += 2 + in.leU16(p);
        }
        if ((flg & FNAME) != 0) {
            p = skipZeroTerminated(p, "file name");
        }
        if ((flg & FCOMMENT) != 0) {
            p = skipZeroTerminated(p, "comment");
        }
        if ((flg & FHCRC) != 0) {
            CRC32 h = new CRC32();
            in.require(pos, p - pos, "gzip header");
            h.update(in.data(), (int) pos, (int) (p - pos));
            if ((h.getValue() & 0xFFFF) != in.leU16(p)) {
                throw in.error(p, "gzip header CRC16 mismatch");
            }
            p += 2;
        }
        in.require(p, 0, "gzip header");
        pos = p;
        inflater.reset();
        inflater.setInput(in.data(), (int) p, in.length() - (int) p);
        crc.reset();
        memberOut = 0;
        inMember = true;
    }

    private long skipZeroTerminated(long from, String what) throws MalformedFileException {
        long p = from;
        while (in.u8(p) != 0) {
            p++;
        }
        return p + 1;
    }

    private void endMember() throws MalformedFileException {
        long trailer = in.length() - inflater.getRemaining();
        in.require(trailer, TRAILER_BYTES, "gzip trailer (CRC32, ISIZE)");
        long storedCrc = in.leI32(trailer) & 0xFFFFFFFFL;
        if (storedCrc != crc.getValue()) {
            throw in.error(trailer, String.format("gzip CRC32 mismatch: the trailer says %08x, the data gives %08x",
                    storedCrc, crc.getValue()));
        }
        long storedSize = in.leI32(trailer + 4) & 0xFFFFFFFFL;
        if (storedSize != (memberOut & 0xFFFFFFFFL)) {
            throw in.error(trailer + 4, "gzip ISIZE mismatch: the trailer says " + storedSize
                    + " bytes, the data decompresses to " + memberOut + " (mod 2^32)");
        }
        pos = trailer + TRAILER_BYTES;
        inMember = false;
    }

    @Override
    public void close() {
        inflater.end();
    }
}
