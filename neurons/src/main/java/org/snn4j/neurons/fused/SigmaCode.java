package org.snn4j.neurons.fused;

/**
 * The 16-bit code of the compact BPTT state: σ = σ'(h − θ) of one neuron-step, in
 * {@code [0, peak]} for a surrogate whose largest value is {@code peak}
 * ({@link org.snn4j.neurons.surrogate.Surrogate#peak}), as an unsigned fixed-point number relative
 * to that peak:
 *
 * <pre>
 *   q = round(σ · FULL / peak)        σ̂ = q · peak / FULL        FULL = 65024 (0xfe00)
 * </pre>
 *
 * so the absolute error is at most {@code peak / 130048 ≈ 7.7·10⁻⁶ · peak} (plus float32 rounding).
 * Near the peak, where a neuron's gradient comes from, that is about 60 times finer than IEEE half
 * (relative 2⁻¹¹ ≈ 4.9·10⁻⁴, the format used here before); below about 1.6 % of the peak half is
 * finer, but such σ contribute little to a gradient. Codes above {@code FULL} leave 0.8 % headroom
 * for float32 rounding of σ near the peak; the top code {@code 0xffff} stands for anything not
 * representable (NaN, ∞, or a σ beyond the headroom) and decodes to NaN, so a NaN membrane still
 * gives NaN gradients, as with the exact state (so does a σ more than half a code step below 0,
 * which no surrogate gives).
 * Rounding: to nearest, ties to even, after float32's rounding of {@code σ·scale}.
 *
 * <p>Two codes share one {@code int}: for a row of {@code len} values, word {@code j} of the
 * {@link #words(int) (len + 1) / 2} holds value {@code j} in its low and value {@code j + words} in
 * its high 16 bits (0 past the row). Everything is then 32-bit lanes of one vector shape, and no
 * int-float conversion is needed (the code is read off the bits of {@code σ·scale + 2²³}), which
 * suits JDK 17: its auto-vectoriser converts nothing between ints and floats, so scalar loops cost
 * about 1 ns per value, and its vector API compiles {@code convert(F2I)} and {@code convert(I2F)}
 * to Java fallbacks that allocate. {@link VectorSigmaCode} (when {@link FloatLanes#VECTOR}) encodes
 * and decodes bit for bit like the scalar loops here.
 */
final class SigmaCode {
    /** The code of σ = peak. */
    static final int FULL = 0xfe00;
    /** The code of anything not representable; decodes to NaN. */
    static final int TOP = 0xffff;
    /** 2²³: {@code σ·scale + MAGIC} has the rounded code in its low float bits. */
    static final float MAGIC = 0x1p23f;
    /** The float bits of {@link #MAGIC}. */
    static final int MAGIC_BITS = 0x4b000000;

    private final float scale;
    private final float unit;

    private SigmaCode(double peak) {
        this.scale = (float) (FULL / peak);
        this.unit = (float) (peak / FULL);
    }

    /**
     * The code for a surrogate of largest value {@code peak}, or null when no code fits (a peak
     * that is not a positive normal float32 number, or one whose scale overflows): such nodes keep
     * σ exact.
     */
    static SigmaCode forPeak(double peak) {
        if (!(peak >= Float.MIN_NORMAL * (double) FULL) || !(peak <= Float.MAX_VALUE / (double) TOP)) {
            return null;
        }
        return new SigmaCode(peak);
    }

    /** {@code FULL / peak} in float32: σ times this is the code before rounding. */
    float scale() {
        return scale;
    }

    /** {@code peak / FULL} in float32: what one code step stands for. */
    float unit() {
        return unit;
    }

    /** The ints that hold a row of {@code len} codes. */
    static int words(int len) {
        return (len + 1) >>> 1;
    }

    /**
     * The code of one value: the low bits of {@code σ·scale + 2²³} (float32 rounds the sum to an
     * integer, to nearest, ties to even), {@code TOP} when they are not a code (NaN, ∞, a σ beyond
     * the headroom, or more than half a code step below 0).
     */
    int code(float sigma) {
        int q = Float.floatToRawIntBits(sigma * scale + MAGIC) - MAGIC_BITS;
        return (q & 0xffff0000) != 0 ? TOP : q;
    }

    /** The value a code stands for: {@code q · unit} (q is exact in float32), NaN for {@code TOP}. */
    float value(int q) {
        return q == TOP ? Float.NaN : q * unit;
    }

    /**
     * The work buffer {@link #encode} and {@link #decode} need, one per thread at a time (a fused
     * node keeps one per block): one vector's bytes, where float bits become int bits and back;
     * null without the vector API.
     */
    static byte[] crossing() {
        return FloatLanes.VECTOR ? new byte[VectorSigmaCode.BYTES] : null;
    }

    /** Codes the row {@code src[0, len)} into {@code dst[at, at + words(len))}; {@code crossing} from {@link #crossing()}. */
    void encode(float[] src, int[] dst, int at, int len, byte[] crossing) {
        if (FloatLanes.VECTOR) {
            VectorSigmaCode.encode(this, src, dst, at, len, crossing);
        } else {
            encodeScalar(src, dst, at, 0, len);
        }
    }

    /** Decodes the row coded at {@code src[at, at + words(len))} into {@code dst[0, len)}; {@code crossing} from {@link #crossing()}. */
    void decode(int[] src, int at, float[] dst, int len, byte[] crossing) {
        if (FloatLanes.VECTOR) {
            VectorSigmaCode.decode(this, src, at, dst, len, crossing);
        } else {
            decodeScalar(src, at, dst, 0, len);
        }
    }

    /** The scalar {@link #encode} of words {@code [from, words(len))}; the vector loop's tail. */
    void encodeScalar(float[] src, int[] dst, int at, int from, int len) {
        int w = words(len);
        int high = len - w;   // values with a high half: words [0, high)
        for (int j = from; j < w; j++) {
            int hi = j < high ? code(src[j + w]) : 0;
            dst[at + j] = code(src[j]) | hi << 16;
        }
    }

    /** The scalar {@link #decode} of words {@code [from, words(len))}; the vector loop's tail. */
    void decodeScalar(int[] src, int at, float[] dst, int from, int len) {
        int w = words(len);
        int high = len - w;
        for (int j = from; j < w; j++) {
            int p = src[at + j];
            dst[j] = value(p & 0xffff);
            if (j < high) {
                dst[j + w] = value(p >>> 16);
            }
        }
    }
}
