package org.snn4j.datasets.cache;

import java.util.Arrays;

/**
 * One framed sample in its smallest exact form, as {@link MemoryCachedSource} keeps it.
 *
 * <p>Event data is mostly zeros with small whole-number values (spike bins are 0/1, frames by
 * time or count hold event counts), so a sample with fewer non-zeros than half its length is
 * stored as the gaps between its non-zero positions, each a variable-length integer of 7 bits per
 * byte (a gap under 128 takes one byte), followed by nothing when every value is 1, one byte per
 * value when every value is a whole number in 1…255, else the float values. A denser sample is
 * kept whole: one byte per entry when every entry is a whole number in 0…255, else floats. A real
 * N-MNIST recording as 10 time frames (about 1,900 non-zeros of 23,120) takes about 3.8 KB this way
 * ({@code MemoryCacheSizeTest}), against 15 KB as int indices and float values and 92 KB as floats.
 * Expanding gives back exactly the floats that were packed, bit for bit: a −0 counts as a non-zero
 * (kept as a float value), so it comes back as −0.
 */
final class PackedSample {
    /** Bytes of the object headers and references a packed sample costs besides its arrays. */
    private static final long OBJECT_BYTES = 64;

    /** Gaps as variable-length integers; null for a dense sample. */
    private final byte[] gaps;
    /** Whole-number values in 1…255 (sparse) or entries in 0…255 (dense); null otherwise. */
    private final byte[] small;
    /** Float values (sparse) or entries (dense) when they are not all small whole numbers. */
    private final float[] floats;
    /** Number of non-zeros of a sparse sample. */
    private final int count;

    private PackedSample(byte[] gaps, byte[] small, float[] floats, int count) {
        this.gaps = gaps;
        this.small = small;
        this.floats = floats;
        this.count = count;
    }

    /** Packs {@code data[0 … length)}. */
    static PackedSample pack(float[] data, int length) {
        int nonZero = 0;
        boolean binary = true;
        boolean whole = true;
        for (int k = 0; k < length; k++) {
            float v = data[k];
            if (nonZero(v)) {
                nonZero++;
                binary &= v == 1f;
                whole &= v >= 1f && v <= 255f && v == Math.rint(v);
            }
        }
        if (2L * nonZero >= length) {
            return dense(data, length, whole);
        }
        byte[] gaps = new byte[5 * nonZero];
        int at = 0;
        byte[] small = !binary && whole ? new byte[nonZero] : null;
        float[] floats = !binary && !whole ? new float[nonZero] : null;
        for (int k = 0, j = 0, last = -1; k < length; k++) {
            float v = data[k];
            if (nonZero(v)) {
                at = putVarint(gaps, at, k - last - 1);
                last = k;
                if (small != null) {
                    small[j] = (byte) (int) v;
                } else if (floats != null) {
                    floats[j] = v;
                }
                j++;
            }
        }
        return new PackedSample(Arrays.copyOf(gaps, at), small, floats, nonZero);
    }

    /** True for every value but +0 (a −0 must be stored to come back). */
    private static boolean nonZero(float v) {
        return Float.floatToRawIntBits(v) != 0;
    }

    private static PackedSample dense(float[] data, int length, boolean whole) {
        if (!whole) {
            return new PackedSample(null, null, Arrays.copyOf(data, length), 0);
        }
        byte[] small = new byte[length];
        for (int k = 0; k < length; k++) {
            small[k] = (byte) (int) data[k];
        }
        return new PackedSample(null, small, null, 0);
    }

    /** Writes the packed floats to {@code dest[0 … length)}. */
    void expand(float[] dest, int length) {
        if (gaps == null) {
            if (floats != null) {
                System.arraycopy(floats, 0, dest, 0, length);
            } else {
                for (int k = 0; k < length; k++) {
                    dest[k] = small[k] & 0xFF;
                }
            }
            return;
        }
        Arrays.fill(dest, 0, length, 0f);
        int pos = -1;
        int at = 0;
        for (int j = 0; j < count; j++) {
            int gap = 0;
            int shift = 0;
            byte b;
            do {
                b = gaps[at++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            pos += gap + 1;
            dest[pos] = small != null ? small[j] & 0xFF : floats != null ? floats[j] : 1f;
        }
    }

    /** Heap bytes this sample takes (what it reserves from a {@link MemoryBudget}). */
    long bytes() {
        return OBJECT_BYTES + (gaps == null ? 0 : gaps.length) + (small == null ? 0 : small.length)
                + 4L * (floats == null ? 0 : floats.length);
    }

    private static int putVarint(byte[] out, int at, int value) {
        while (value >= 0x80) {
            out[at++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        out[at++] = (byte) value;
        return at;
    }
}
