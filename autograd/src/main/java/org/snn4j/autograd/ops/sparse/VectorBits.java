package org.snn4j.autograd.ops.sparse;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 row loops of {@link SpikeBits} on the JDK vector API (a class of its own so that it is
 * loaded only when the vector module is, as {@link VectorScan}): whole 64-column words, the caller
 * finishes the row's last partial word with its scalar loop.
 *
 * <p>Pack, per vector {@code v} of raw float bits: {@code s = −(v >>> 29)} is −1 in the lanes holding
 * 1.0f (0x3F800000, top bits 001) and 0 in those holding +0.0f, so {@code s & (1 << lane)} ORed over
 * two vectors is their 32-bit mask (JDK 17 does not compile {@code VectorMask.toLong} to one
 * instruction; this is the trick of {@link VectorScan}), and {@code v ^ (s & 0x3F800000)} is 0 exactly
 * when {@code v} is +0.0f or 1.0f (another value with top bits 000 or 001 differs from 0 or 1.0f; one
 * with top bits ≥ 010 differs from any subset of 0x3F800000's bits, which all have top bits 00x), so
 * the row is binary when the OR of these over the row is 0: lanewise operations only, one reduction
 * per pair of vectors and one per row.
 *
 * <p>Unpack, per vector: the word's next {@code L} bits broadcast, ANDed with {@code 1 << lane},
 * compared with 0, select 1.0f or 0.
 */
final class VectorBits {
    private static final VectorSpecies<Integer> S = IntVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** True when two vectors' lanes fit one int and a whole number of pairs fill a 64-bit word (every x86 species). */
    static final boolean FITS = 2 * L <= 32 && 64 % (2 * L) == 0;
    private static final int ONE_BITS = Float.floatToRawIntBits(1f);
    private static final IntVector LANE_BITS = VectorScan.LANE_BITS;
    private static final IntVector HIGH_LANE_BITS = VectorScan.HIGH_LANE_BITS;
    private static final VectorSpecies<Float> F = S.withLanes(float.class);
    private static final FloatVector ONES = FloatVector.broadcast(F, 1f);
    private static final FloatVector ZEROS = FloatVector.zero(F);

    private VectorBits() {
    }

    /**
     * Packs the whole 64-column words of a float32 row ({@code row[0 … len)}, raw bits) into
     * {@code dst[at …]} and returns the first column not packed (a multiple of 64), or −1 when
     * one of the packed columns is neither +0.0f nor 1.0f.
     */
    static int pack(int[] row, int len, long[] dst, int at) {
        IntVector other = IntVector.zero(S);
        int k = 0;
        for (; k + 64 <= len; k += 64) {
            long word = 0;
            for (int h = 0; h < 64; h += 2 * L) {
                IntVector v0 = IntVector.fromArray(S, row, k + h);
                IntVector v1 = IntVector.fromArray(S, row, k + h + L);
                IntVector s0 = v0.lanewise(VectorOperators.LSHR, 29).neg();
                IntVector s1 = v1.lanewise(VectorOperators.LSHR, 29).neg();
                other = other.or(v0.lanewise(VectorOperators.XOR, s0.and(ONE_BITS)))
                        .or(v1.lanewise(VectorOperators.XOR, s1.and(ONE_BITS)));
                int m = s0.and(LANE_BITS).or(s1.and(HIGH_LANE_BITS)).reduceLanes(VectorOperators.OR);
                word |= (m & 0xFFFF_FFFFL) << h;
            }
            dst[at + (k >>> 6)] = word;
        }
        return other.compare(VectorOperators.NE, 0).anyTrue() ? -1 : k;
    }

    /**
     * Writes 1.0f or 0 into {@code row[k]} for the set and clear bits of the whole 64-column words of
     * {@code src[at …]} ({@code k < len}) and returns the first column not written (a multiple of 64).
     */
    static int unpack(long[] src, int at, int len, float[] row) {
        int k = 0;
        for (; k + 64 <= len; k += 64) {
            long word = src[at + (k >>> 6)];
            for (int h = 0; h < 64; h += L) {
                VectorMask<Integer> set = IntVector.broadcast(S, (int) (word >>> h)).and(LANE_BITS)
                        .compare(VectorOperators.NE, 0);
                ZEROS.blend(ONES, set.cast(F)).intoArray(row, k + h);
            }
        }
        return k;
    }
}
