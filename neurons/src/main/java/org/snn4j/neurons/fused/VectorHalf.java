package org.snn4j.neurons.fused;

import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Half}'s conversions for the compact neuron state on the JDK vector API, loaded only when
 * {@link FloatLanes#VECTOR}; bit for bit the scalar ones (IEEE 754 binary16, round to nearest even,
 * overflow to ±∞, NaN to the quiet NaN {@code 0x7e00}; decoding exact), so a compact state does not
 * depend on the vector API.
 *
 * <p><b>Encoding</b>, per lane, from the float's bits {@code b} ({@code a = b & 0x7fffffff}): a normal
 * half ({@code a ≥ 2⁻¹⁴}) is {@code r = a − (112 << 23)} rounded on its 13 dropped bits,
 * {@code (r + 0xfff + ((r >>> 13) & 1)) >>> 13}; a subnormal half ({@code 2⁻²⁵ ≤ a < 2⁻¹⁴}) is the
 * 24-bit significand {@code m} shifted right by {@code s = 126 − e ∈ [14, 24]} with the same rounding,
 * {@code (m + 2^(s−1) − 1 + ((m >>> s) & 1)) >>> s}: adding half a unit less one, plus the kept
 * lowest bit, carries exactly when the dropped part exceeds half a unit or equals it with the kept
 * part odd. Smaller values give ±0, values rounding to 65520 or more ±∞. The subnormal and the
 * overflow lanes are computed only when a vector holds one (a surrogate derivative rarely falls
 * below 2⁻¹⁴ ≈ 6.1·10⁻⁵, and never overflows); the result is narrowed to 16 bits and stored.
 *
 * <p><b>Decoding</b> widens a vector of halves to 32 bits; a normal half's float bits are
 * {@code ((h & 0x7fff) << 13) + (112 << 23)} with the sign moved to bit 31, a zero keeps only its
 * sign; a vector holding a subnormal, an infinity or a NaN is decoded by {@link Half#decode}.
 *
 * <p>The float bits cross between the float and int lanes through a small per-thread byte buffer
 * (a vector stored as bytes and loaded back), not {@code reinterpretAsInts}: that call on a
 * {@code FloatVector} made C2 give up its intrinsics in another kernel's {@code reinterpretAsInts}
 * on an {@code IntVector} ({@code autograd} {@code VectorScan}, docs/PERFORMANCE.md, session 12).
 * Measured (one thread, AMD EPYC Zen 4 with AVX-512, 800-lane rows of σ′ values, same JVM):
 * encoding 0.23–0.32 against 3.2–3.4 ns per value for the scalar {@link Half#encode}; decoding 0.44–0.47
 * against 0.65–0.70 ns.
 */
final class VectorHalf {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final int L = F.length();
    private static final VectorSpecies<Short> H = VectorSpecies.of(short.class, VectorShape.forBitSize(L * Short.SIZE));
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    /** One vector's bytes, per thread: where float bits become int bits and back. */
    private static final ThreadLocal<byte[]> CROSSING = ThreadLocal.withInitial(() -> new byte[L * Float.BYTES]);
    /** {@code a} at or above this is a normal half: 2⁻¹⁴. */
    /*
     * Every operation below takes vectors, none an int: the int overloads (and(int), add(int), compare(op, int),
     * lanewise(LSHR, int), ...) share one method of the JDK's IntVector with VectorScan's 256-bit add(int), and with
     * them in use here C2 stopped compiling that add in VectorScan.nonZeros, which then boxed a vector per call
     * (JFR: 100-300 MB/s of Int256Vector, LIF-MLP step).
     */
    private static final IntVector ABS = IntVector.broadcast(I, 0x7fffffff);
    private static final IntVector SIGN = IntVector.broadcast(I, 0x8000);
    private static final IntVector REBIAS = IntVector.broadcast(I, 112 << 23);
    private static final IntVector ONE = IntVector.broadcast(I, 1);
    private static final IntVector ROUND = IntVector.broadcast(I, 0xfff);
    private static final IntVector THIRTEEN = IntVector.broadcast(I, 13);
    private static final IntVector SIXTEEN = IntVector.broadcast(I, 16);
    private static final IntVector TWENTY_THREE = IntVector.broadcast(I, 23);
    private static final IntVector SHIFT_BASE = IntVector.broadcast(I, 126);
    private static final IntVector SHIFT_MIN = IntVector.broadcast(I, 14);
    private static final IntVector SHIFT_MAX = IntVector.broadcast(I, 24);
    private static final IntVector MANTISSA = IntVector.broadcast(I, 0x7fffff);
    private static final IntVector HIDDEN = IntVector.broadcast(I, 0x800000);
    private static final IntVector ZERO = IntVector.broadcast(I, 0);
    private static final IntVector INF_HALF = IntVector.broadcast(I, 0x7c00);
    private static final IntVector NAN_HALF = IntVector.broadcast(I, 0x7e00);
    /** {@code a} at or above this is a normal half: 2⁻¹⁴. */
    private static final IntVector MIN_NORMAL = IntVector.broadcast(I, 0x38800000);
    /** {@code a} below this rounds to ±0: 2⁻²⁵. */
    private static final IntVector MIN_SUBNORMAL = IntVector.broadcast(I, 0x33000000);
    /** {@code a} at or above this rounds to 65520 or more: ±∞. */
    private static final IntVector OVERFLOW = IntVector.broadcast(I, 0x477ff000);
    private static final IntVector INFINITY = IntVector.broadcast(I, 0x7f800000);
    private static final IntVector MAGNITUDE = IntVector.broadcast(I, 0x7fff);
    private static final IntVector TEN = IntVector.broadcast(I, 10);
    private static final IntVector MAX_EXPONENT = IntVector.broadcast(I, 31);

    private VectorHalf() {
    }

    /** {@code dst[at + i] = Half.encode(src[i])} for {@code i < len}. */
    static void toHalf(float[] src, short[] dst, int at, int len) {
        byte[] crossing = CROSSING.get();
        int i = 0;
        for (int end = F.loopBound(len); i < end; i += L) {
            FloatVector.fromArray(F, src, i).intoByteArray(crossing, 0, ORDER);
            IntVector b = IntVector.fromByteArray(I, crossing, 0, ORDER);
            IntVector a = b.and(ABS);
            IntVector r = a.sub(REBIAS);
            IntVector h = r.add(r.lanewise(VectorOperators.LSHR, THIRTEEN).and(ONE)).add(ROUND)
                    .lanewise(VectorOperators.LSHR, THIRTEEN);
            VectorMask<Integer> small = a.compare(VectorOperators.LT, MIN_NORMAL);
            if (small.anyTrue()) {
                IntVector s = SHIFT_BASE.sub(a.lanewise(VectorOperators.LSHR, TWENTY_THREE)).max(SHIFT_MIN).min(SHIFT_MAX);
                IntVector m = a.and(MANTISSA).or(HIDDEN);
                IntVector halfUnit = ONE.lanewise(VectorOperators.LSHL, s.sub(ONE));
                IntVector sub = m.add(halfUnit).sub(ONE).add(m.lanewise(VectorOperators.LSHR, s).and(ONE))
                        .lanewise(VectorOperators.LSHR, s);
                h = h.blend(sub, small).blend(ZERO, a.compare(VectorOperators.LT, MIN_SUBNORMAL));
            }
            VectorMask<Integer> big = a.compare(VectorOperators.GE, OVERFLOW);
            if (big.anyTrue()) {
                h = h.blend(INF_HALF, big).blend(NAN_HALF, a.compare(VectorOperators.GT, INFINITY));
            }
            h = h.or(b.lanewise(VectorOperators.LSHR, SIXTEEN).and(SIGN));
            ((ShortVector) h.convertShape(VectorOperators.I2S, H, 0)).intoArray(dst, at + i);
        }
        for (; i < len; i++) {
            dst[at + i] = Half.encode(src[i]);
        }
    }

    /** {@code dst[i] = Half.decode(src[at + i])} for {@code i < len}. */
    static void fromHalf(short[] src, int at, float[] dst, int len) {
        byte[] crossing = CROSSING.get();
        int i = 0;
        for (int end = F.loopBound(len); i < end; i += L) {
            IntVector x = (IntVector) ShortVector.fromArray(H, src, at + i).convertShape(VectorOperators.S2I, I, 0);
            IntVector mag = x.and(MAGNITUDE);
            IntVector e = mag.lanewise(VectorOperators.LSHR, TEN);
            VectorMask<Integer> zero = mag.compare(VectorOperators.EQ, ZERO);
            if (e.compare(VectorOperators.EQ, MAX_EXPONENT).or(e.compare(VectorOperators.EQ, ZERO).andNot(zero)).anyTrue()) {
                for (int k = i; k < i + L; k++) {
                    dst[k] = Half.decode(src[at + k]);
                }
                continue;
            }
            mag.lanewise(VectorOperators.LSHL, THIRTEEN).add(REBIAS).blend(ZERO, zero)
                    .or(x.and(SIGN).lanewise(VectorOperators.LSHL, SIXTEEN))
                    .intoByteArray(crossing, 0, ORDER);
            FloatVector.fromByteArray(F, crossing, 0, ORDER).intoArray(dst, i);
        }
        for (; i < len; i++) {
            dst[i] = Half.decode(src[at + i]);
        }
    }
}
