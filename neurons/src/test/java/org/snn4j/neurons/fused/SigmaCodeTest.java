package org.snn4j.neurons.fused;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.snn4j.neurons.surrogate.ATan;

/**
 * The compact state's 16-bit code: rounding to nearest within half a code step, the top code for
 * what does not fit (NaN back out), two codes per int for every row length, and the vector loops
 * equal to the scalar ones bit for bit (when the JVM has the vector module, as under Maven).
 */
class SigmaCodeTest {
    private static final double PEAK = new ATan(2.0).peak();

    @Test
    void everyCodeRoundTripsAndValuesRoundToTheNearestCode() {
        SigmaCode c = SigmaCode.forPeak(PEAK);
        for (int q = 0; q < SigmaCode.TOP; q++) {
            assertEquals(q, c.code(c.value(q)), "code " + q);
        }
        assertTrue(Float.isNaN(c.value(SigmaCode.TOP)));
        assertEquals(SigmaCode.FULL, c.code((float) PEAK));
        assertEquals(0, c.code(0f));
        assertEquals(0, c.code(-0f));
        double half = PEAK / SigmaCode.FULL / 2;
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            float sigma = (float) (PEAK * Math.pow(rng.nextDouble(), 3));
            float back = c.value(c.code(sigma));
            // half a code step, plus float32 rounding of σ·scale (2⁻⁹ of a step) and of q·unit
            assertTrue(Math.abs(back - sigma) <= half * 1.01 + Math.ulp(back), sigma + " -> " + back);
        }
    }

    @Test
    void whatDoesNotFitGetsTheTopCode() {
        SigmaCode c = SigmaCode.forPeak(PEAK);
        for (float bad : new float[] {Float.NaN, -Float.NaN, Float.intBitsToFloat(0xffc00000),
            Float.POSITIVE_INFINITY, (float) (PEAK * 1.01), Float.MAX_VALUE}) {
            assertEquals(SigmaCode.TOP, c.code(bad), "value " + bad);
        }
        assertTrue(c.code((float) (PEAK * 1.007)) < SigmaCode.TOP, "0.7 % above the peak still fits");
        assertEquals(SigmaCode.TOP, c.code(Float.NEGATIVE_INFINITY), "below zero");
        assertEquals(SigmaCode.TOP, c.code(-1e-3f), "below zero");
        assertNull(SigmaCode.forPeak(0.0));
        assertNull(SigmaCode.forPeak(Double.NaN));
        assertNull(SigmaCode.forPeak(Double.POSITIVE_INFINITY));
        assertNull(SigmaCode.forPeak(1e-36));
    }

    @Test
    void rowsOfEveryLengthPackTwoCodesPerIntAndDecodeBack() {
        SigmaCode c = SigmaCode.forPeak(PEAK);
        SplittableRandom rng = new SplittableRandom(9);
        for (int len = 0; len <= 140; len++) {
            float[] row = row(rng, len);
            int w = SigmaCode.words(len);
            int[] packed = new int[3 + w + 2];
            packed[3 + w] = 0x5a5a5a5a;
            c.encode(row, packed, 3, len, SigmaCode.crossing());
            assertEquals(0x5a5a5a5a, packed[3 + w], "len " + len + ": writes past its words");
            assertEquals(0, packed[2], "len " + len + ": writes before its words");
            for (int i = 0; i < len; i++) {
                int word = packed[3 + (i < w ? i : i - w)];
                assertEquals(c.code(row[i]), i < w ? word & 0xffff : word >>> 16, "len " + len + " value " + i);
            }
            if ((len & 1) == 1) {
                assertEquals(0, packed[3 + w - 1] >>> 16, "len " + len + ": the odd row's last high half");
            }
            float[] back = new float[len + 1];
            back[len] = 7f;
            c.decode(packed, 3, back, len, SigmaCode.crossing());
            assertEquals(7f, back[len], "len " + len + ": decodes past the row");
            for (int i = 0; i < len; i++) {
                assertEquals(c.value(c.code(row[i])), back[i], 0f, "len " + len + " value " + i);
            }
        }
    }

    @Test
    void vectorLoopsEqualTheScalarOnesBitForBit() {
        SplittableRandom rng = new SplittableRandom(11);
        for (double peak : new double[] {PEAK, 0.3, 5.0, 1.0 / 0.15}) {
            SigmaCode c = SigmaCode.forPeak(peak);
            for (int len : new int[] {1, 7, 16, 33, 64, 65, 130, 800, 801, 2100}) {
                float[] row = row(rng, len);
                for (int i = 0; i < len; i += 97) {
                    row[i] = i % 3 == 0 ? Float.NaN : i % 3 == 1 ? (float) (peak * 1.5) : -1e-3f;
                }
                int[] scalar = new int[SigmaCode.words(len) + 4];
                int[] vector = scalar.clone();
                c.encodeScalar(row, scalar, 2, 0, len);
                if (FloatLanes.VECTOR) {
                    VectorSigmaCode.encode(c, row, vector, 2, len, SigmaCode.crossing());
                } else {
                    c.encode(row, vector, 2, len, SigmaCode.crossing());
                }
                assertArrayEquals(scalar, vector, "encode, peak " + peak + " len " + len);
                float[] s = new float[len];
                float[] v = new float[len];
                c.decodeScalar(scalar, 2, s, 0, len);
                if (FloatLanes.VECTOR) {
                    VectorSigmaCode.decode(c, scalar, 2, v, len, SigmaCode.crossing());
                } else {
                    c.decode(scalar, 2, v, len, SigmaCode.crossing());
                }
                for (int i = 0; i < len; i++) {
                    assertEquals(Float.floatToRawIntBits(s[i]), Float.floatToRawIntBits(v[i]),
                            "decode, peak " + peak + " len " + len + " value " + i);
                }
            }
        }
    }

    /** σ'-like values of an ATan scaled to [0, 1]: many small, a few near the peak, some exact zeros. */
    private static float[] row(SplittableRandom rng, int len) {
        float[] row = new float[len];
        for (int i = 0; i < len; i++) {
            double x = rng.nextGaussian() * 2;
            row[i] = i % 11 == 5 ? 0f : (float) (1 / (1 + Math.PI * Math.PI * x * x));
        }
        return row;
    }
}
