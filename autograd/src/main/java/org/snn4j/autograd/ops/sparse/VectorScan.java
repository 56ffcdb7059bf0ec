package org.snn4j.autograd.ops.sparse;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 row scan of {@link SpikeEvents} on the JDK vector API (loaded only when
 * {@link RowSums#VECTOR}): the raw bits of a row are compared with 0 a vector at a time, and each
 * comparison's mask is packed into an integer (lanes AND their bit {@code 1 << lane}, OR-reduced; JDK 17
 * does not compile {@code VectorMask.toLong} to one instruction) whose set bits are the non-zero
 * columns, listed a byte at a time through a table ({@link #nonZeros}). Listing the 3200 × 784
 * LIF-MLP input rows one after another (single thread, loaded AMD EPYC AVX-512 machine): 0.7–0.8 ms
 * at 3 % and 13 %, against 2.6–3.3 ms for a loop over the set bits and 1.7–2.3 ms for the
 * branch-free scalar compaction.
 */
final class VectorScan {
    private static final VectorSpecies<Integer> S = IntVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int ONE_BITS = Float.floatToRawIntBits(1f);
    /** {@code 1 << lane}: ANDed with a comparison's −1/0 lanes and OR-reduced, the comparison's bit mask (also {@link VectorBits}). */
    static final IntVector LANE_BITS = IntVector.fromArray(S, laneBits(0), 0);
    /** The bits of the second vector of a pair: {@code 1 << (L + lane)} (0 for lanes past bit 31). */
    static final IntVector HIGH_LANE_BITS = IntVector.fromArray(S, laneBits(L), 0);
    /**
     * The species of one row of {@link #INDEX}: the preferred one when it has at least 8 lanes. Using
     * one int species throughout matters on JDK 17: with a second one (256-bit next to 512-bit) the
     * type profiles the JDK's shared {@code IntVector} code collects saw both, and once more 512-bit
     * int code was hot (a vector half-precision conversion, since dropped), C2 stopped compiling this
     * method's row stores to vector instructions in 2 of 5 JVMs (JFR: 100-300 MB/s of boxed
     * {@code Int256Vector} on the conv N-MNIST step; docs/PERFORMANCE.md, session 13).
     */
    private static final VectorSpecies<Integer> ROW = L >= 8 ? S : IntVector.SPECIES_256;
    /** Ints per row of {@link #INDEX}. */
    private static final int W = ROW.length();
    /** Room {@link #nonZeros} may write past the end of the list it returns, beyond {@code len}: {@code W − 8}. */
    static final int SLACK = W - 8;
    /** Row {@code b} ({@link #W} ints): the positions of the set bits of the byte {@code b}, ascending, then zeros. */
    private static final int[] INDEX = index();

    private VectorScan() {
    }

    private static int[] index() {
        int[] t = new int[256 * W];
        for (int b = 0; b < 256; b++) {
            int at = W * b;
            for (int i = 0; i < 8; i++) {
                if ((b >>> i & 1) != 0) {
                    t[at++] = i;
                }
            }
        }
        return t;
    }

    private static int[] laneBits(int shift) {
        int[] b = new int[L];
        for (int i = 0; i < L; i++) {
            b[i] = shift + i < 32 ? 1 << (i + shift) : 0;
        }
        return b;
    }

    /**
     * Appends to {@code dst} from {@code at} the indices {@code k < len} (ascending) with
     * {@code bits[k] ≠ 0} (so −0.0f counts) and returns the new end in the low 32 bits, with bit 32
     * set when some {@code bits[k]} is neither +0.0f nor 1.0f (a non-binary row). {@code dst} must
     * have room for {@code len + }{@link #SLACK} more.
     *
     * <p>Two vectors (32 columns) per pass: their comparisons with zero are packed into one 32-bit
     * mask (lanes AND their bit, OR-reduced once), each byte of which selects a row of
     * {@link #INDEX}, the positions of its set bits, stored whole ({@link #W} lanes) at the end of the
     * list, which then advances by the byte's bit count: no branch per event (a loop over the set bits
     * mispredicted about once per vector and was 3–4 times slower on random spikes; the stores past
     * the new end stay within {@code len + }{@link #SLACK}); a second pass over the row, in L1, tests for values
     * other than 0 and 1. Measured (JMH {@code SparseSynapseBenchmark.scan}, fc1 shape at 13 %, 2
     * forks × 6, AMD EPYC Zen 4, 2026-12-07): the whole scan 2.25 ± 0.11 ms with one reduction per
     * vector, 2.08 ± 0.09 ms with one per pair. Folding the binary test into the pass was slower
     * (2.37 ± 0.20 ms as masks, 4.18 ± 0.31 ms as {@code min(b, b ^ bits(1.0f)) = 0}
     * lanes).
     */
    static long nonZeros(int[] bits, int len, int[] dst, int at) {
        int n = at;
        int k = 0;
        for (; k + 2 * L <= len; k += 2 * L) {
            IntVector v0 = IntVector.fromArray(S, bits, k);
            IntVector v1 = IntVector.fromArray(S, bits, k + L);
            int m = v0.compare(VectorOperators.NE, 0).toVector().reinterpretAsInts().and(LANE_BITS)
                    .or(v1.compare(VectorOperators.NE, 0).toVector().reinterpretAsInts().and(HIGH_LANE_BITS))
                    .reduceLanes(VectorOperators.OR);
            for (int h = 0; h < 2 * L; h += 8) {
                int b = (m >>> h) & 0xFF;
                IntVector.fromArray(ROW, INDEX, W * b).add(k + h).intoArray(dst, n);
                n += Integer.bitCount(b);
            }
        }
        boolean other = anyOtherThanZeroOrOne(bits, k);
        for (; k < len; k++) {
            int b = bits[k];
            dst[n] = k;
            other |= b != 0 & b != ONE_BITS;
            n += b != 0 ? 1 : 0;
        }
        return n | (other ? 1L << 32 : 0L);
    }

    /** True when some {@code bits[k]}, {@code k < len}, is neither +0.0f nor 1.0f ({@code len} a multiple of the vector length). */
    private static boolean anyOtherThanZeroOrOne(int[] bits, int len) {
        for (int k = 0; k < len; k += L) {
            IntVector v = IntVector.fromArray(S, bits, k);
            if (v.compare(VectorOperators.NE, 0).andNot(v.compare(VectorOperators.EQ, ONE_BITS)).anyTrue()) {
                return true;
            }
        }
        return false;
    }
}
