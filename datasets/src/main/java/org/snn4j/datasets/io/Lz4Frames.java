package org.snn4j.datasets.io;

import java.util.Arrays;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;
import net.jpountz.xxhash.XXHash32;
import net.jpountz.xxhash.XXHashFactory;

/**
 * Decodes one LZ4 frame (LZ4 Frame Format 1.6) with lz4-java's bounds-checked pure-Java block
 * decompressor and xxHash32.
 *
 * <p>lz4-java's own {@code LZ4FrameInputStream} rejects frames whose blocks are <em>linked</em>
 * (FLG bit 5 = 0), which is exactly what DV software writes into AEDAT 4.0 files (FLG 0x40). Here
 * the frame is parsed by hand and a linked block is decompressed by lz4-java with the previous
 * output as a prefix: the block's first sequence gets the last (up to 64 KiB) decompressed bytes
 * prepended as extra literals, so back-references into the previous block resolve inside the
 * library's own bounds checks; the prefix is then dropped.
 * <pre>
 * frame   = magic 04 22 4D 18 | FLG | BD | [content size u64] | [dict id u32] | HC | blocks | 00000000 | [xxh32]
 * FLG     = version(7..6)=01, B.Indep(5), B.Checksum(4), C.Size(3), C.Checksum(2), 0(1), DictID(0)
 * BD      = block max size code (6..4): 4=64K 5=256K 6=1M 7=4M
 * HC      = (xxh32(FLG..dict id, seed 0) &gt;&gt; 8) &amp; 0xFF
 * block   = u32 size (bit 31 = stored uncompressed) | data | [xxh32 of data]
 * </pre>
 */
final class Lz4Frames {
    static final int MAGIC = 0x184D2204;
    private static final int WINDOW = 64 * 1024;
    private static final LZ4SafeDecompressor DECOMPRESSOR = LZ4Factory.safeInstance().safeDecompressor();
    private static final XXHash32 XXH = XXHashFactory.safeInstance().hash32();

    private Lz4Frames() {
    }

    /**
     * Decompresses the frame in {@code [offset, offset + length)} of {@code in}.
     *
     * @param maxOutput largest decompressed size accepted (guards against bogus sizes)
     */
    static byte[] decompress(ByteInput in, long offset, int length, int maxOutput) throws MalformedFileException {
        long end = offset + length;
        Descriptor d = descriptor(in, offset);
        long pos = d.dataStart();
        Output out = new Output(maxOutput);
        while (true) {
            int blockSize = in.leI32(pos);
            pos += 4;
            if (blockSize == 0) {
                break;
            }
            int size = blockSize & 0x7FFFFFFF;
            int checksumBytes = d.blockChecksum() ? 4 : 0;
            if (size > d.blockMax() || pos + size + checksumBytes > end) {
                throw in.error(pos - 4, "LZ4 block of " + size + " bytes exceeds the block maximum "
                        + d.blockMax() + " or the frame");
            }
            if (d.blockChecksum() && XXH.hash(in.data(), (int) pos, size, 0) != in.leI32(pos + size)) {
                throw in.error(pos + size, "LZ4 block checksum mismatch");
            }
            if (blockSize < 0) {
                out.append(in.data(), (int) pos, size, in, pos);
            } else {
                decodeBlock(in, pos, size, d.blockMax(), d.independent(), out);
            }
            pos += size + checksumBytes;
        }
        if (d.contentChecksum() && XXH.hash(out.buf, 0, out.size, 0) != in.leI32(pos)) {
            throw in.error(pos, "LZ4 content checksum mismatch");
        }
        return Arrays.copyOf(out.buf, out.size);
    }

    /** Frame descriptor flags; {@code dataStart} is the offset of the first block. */
    private record Descriptor(boolean independent, boolean blockChecksum, boolean contentChecksum, int blockMax,
            long dataStart) {
    }

    private static Descriptor descriptor(ByteInput in, long offset) throws MalformedFileException {
        if (in.leI32(offset) != MAGIC) {
            throw in.error(offset, "not an LZ4 frame: bad magic number");
        }
        int flg = in.u8(offset + 4);
        int bd = in.u8(offset + 5);
        if ((flg >>> 6) != 1 || (flg & 0x02) != 0 || (bd & 0x8F) != 0 || ((bd >>> 4) & 7) < 4) {
            throw in.error(offset + 4, String.format("unsupported LZ4 frame descriptor FLG=0x%02x BD=0x%02x", flg, bd));
        }
        long hcPos = offset + 6 + ((flg & 0x08) != 0 ? 8 : 0) + ((flg & 0x01) != 0 ? 4 : 0);
        in.require(offset + 4, hcPos - offset - 4 + 1, "LZ4 frame descriptor");
        int hc = (XXH.hash(in.data(), (int) offset + 4, (int) (hcPos - offset - 4), 0) >>> 8) & 0xFF;
        if (hc != in.u8(hcPos)) {
            throw in.error(hcPos, "LZ4 frame descriptor checksum mismatch");
        }
        return new Descriptor((flg & 0x20) != 0, (flg & 0x10) != 0, (flg & 0x04) != 0,
                1 << (8 + 2 * ((bd >>> 4) & 7)), hcPos + 1);
    }

    private static void decodeBlock(ByteInput in, long pos, int size, int blockMax, boolean independent, Output out)
            throws MalformedFileException {
        int prefix = independent ? 0 : Math.min(WINDOW, out.size);
        byte[] src = prefix == 0 ? in.data() : withPrefix(in, pos, size, out, prefix);
        int srcOff = prefix == 0 ? (int) pos : 0;
        int srcLen = prefix == 0 ? size : src.length;
        byte[] dst = new byte[prefix + blockMax];
        int n;
        try {
            n = DECOMPRESSOR.decompress(src, srcOff, srcLen, dst, 0, dst.length);
        } catch (LZ4Exception | IndexOutOfBoundsException e) {
            throw new MalformedFileException(in.source(), in.base() + pos, "corrupt LZ4 block: " + e.getMessage(), e);
        }
        if (n < prefix) {
            throw in.error(pos, "corrupt LZ4 block: output shorter than its linked prefix");
        }
        out.append(dst, prefix, n - prefix, in, pos);
    }

    /**
     * Rewrites the block so its first sequence starts with {@code prefix} extra literals equal to
     * the tail of the output so far.
     */
    private static byte[] withPrefix(ByteInput in, long pos, int size, Output out, int prefix)
            throws MalformedFileException {
        if (size < 1) {
            throw in.error(pos, "empty compressed LZ4 block");
        }
        byte[] d = in.data();
        int token = d[(int) pos] & 0xFF;
        long lit = token >>> 4;
        long p = pos + 1;
        if (lit == 15) {
            int b;
            do {
                b = in.u8(p++);
                lit += b;
            } while (b == 255 && p < pos + size);
        }
        long total = lit + prefix;
        int ext = total >= 15 ? (int) ((total - 15) / 255 + 1) : 0;
        int rest = (int) (pos + size - p);
        if (rest < 0) {
            throw in.error(pos, "corrupt LZ4 block: literal length runs past the block");
        }
        byte[] src = new byte[1 + ext + prefix + rest];
        src[0] = (byte) ((Math.min(15, total) << 4) | (token & 0x0F));
        long left = total - 15;
        for (int i = 1; i <= ext; i++, left -= 255) {
            src[i] = (byte) Math.min(255, left);
        }
        System.arraycopy(out.buf, out.size - prefix, src, 1 + ext, prefix);
        System.arraycopy(d, (int) p, src, 1 + ext + prefix, rest);
        return src;
    }

    /** Growable output with a hard size limit. */
    private static final class Output {
        private final int limit;
        private byte[] buf = new byte[1024];
        private int size;

        Output(int limit) {
            this.limit = limit;
        }

        void append(byte[] src, int off, int len, ByteInput in, long at) throws MalformedFileException {
            if ((long) size + len > limit) {
                throw in.error(at, "LZ4 frame decompresses to more than " + limit + " bytes");
            }
            if (size + len > buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(limit, Math.max(size + len, 2L * buf.length)));
            }
            System.arraycopy(src, off, buf, size, len);
            size += len;
        }
    }
}
