package org.snn4j.neurons.fused;

/**
 * IEEE 754 binary16 ("half") conversions for the compact neuron state (Java 17 has none): a float
 * rounds to the nearest half (ties to even), overflow to ±∞, underflow through the subnormals to
 * ±0; decoding is a table lookup and exact. Relative rounding error ≤ 2⁻¹¹ for |x| in
 * [6.1·10⁻⁵, 65504]; below that the absolute error is ≤ 2⁻²⁵.
 */
final class Half {
    private static final float[] DECODE = new float[1 << 16];

    static {
        for (int h = 0; h < DECODE.length; h++) {
            DECODE[h] = slowDecode((short) h);
        }
    }

    private Half() {
    }

    /** The float a half stands for (exact). */
    static float decode(short h) {
        return DECODE[h & 0xffff];
    }

    /** The nearest half to {@code f} (ties to even). */
    static short encode(float f) {
        int bits = Float.floatToRawIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int abs = bits & 0x7fffffff;
        if (abs >= 0x7f800000) {                       // Inf or NaN
            return (short) (sign | 0x7c00 | (abs > 0x7f800000 ? 0x200 : 0));
        }
        if (abs >= 0x477ff000) {                       // rounds to ≥ 65520: overflow
            return (short) (sign | 0x7c00);
        }
        if (abs >= 0x38800000) {                       // normal half: exponent ≥ −14
            int r = abs - 0x38000000;                  // rebias the exponent (127 → 15)
            r += 0xfff + ((r >>> 13) & 1);             // round to nearest even on the 13 dropped bits
            return (short) (sign | (r >>> 13));
        }
        if (abs < 0x33000000) {                        // below half the smallest subnormal: ±0
            return (short) sign;
        }
        int e = abs >>> 23;                            // subnormal half: value = m·2⁻²⁴
        int m = (abs & 0x7fffff) | 0x800000;
        int shift = 126 - e;                           // 14..24: bits dropped from the 24-bit mantissa
        int half = m >>> shift;
        int rest = m & ((1 << shift) - 1);
        int mid = 1 << (shift - 1);
        if (rest > mid || (rest == mid && (half & 1) == 1)) {
            half++;
        }
        return (short) (sign | half);
    }

    private static float slowDecode(short h) {
        int bits = h & 0xffff;
        float sign = (bits & 0x8000) != 0 ? -1f : 1f;
        int exp = (bits >>> 10) & 0x1f;
        int mant = bits & 0x3ff;
        if (exp == 0) {
            return sign * mant * 0x1p-24f;
        }
        if (exp == 31) {
            return mant == 0 ? sign * Float.POSITIVE_INFINITY : Float.NaN;
        }
        return sign * (1 + mant / 1024f) * (float) Math.pow(2, exp - 15);
    }
}
