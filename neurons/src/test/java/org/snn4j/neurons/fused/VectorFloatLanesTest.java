package org.snn4j.neurons.fused;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The vector-API loops ({@link VectorFloatLanes}) against the scalar loops of {@link FloatLanes},
 * bit for bit (float bits, every NaN as one: which NaN an operation on NaNs returns depends on
 * operand order, which the JIT does not keep), over lengths that cover whole vectors and every tail, at an offset
 * into the σ array, on values that include ±0, a membrane exactly at threshold, subnormals, huge
 * values, infinities and NaN.
 */
class VectorFloatLanesTest {
    private static final float[] SPECIAL = {0f, -0f, 1f, -1f, 0x1p-149f, -0x1p-140f, 1e30f, -1e32f, 5e31f,
        Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 0.9f, 1.0000001f, 0.99999994f};

    @Test
    void stepEqualsScalarLoopBitForBit() {
        assumeTrue(FloatLanes.VECTOR, "the JVM runs without jdk.incubator.vector");
        SplittableRandom rng = new SplittableRandom(5);
        for (int len = 0; len <= 70; len++) {
            for (int variant = 0; variant < 4; variant++) {
                float[][] in = arrays(rng, 6, len);
                float q = variant % 2 == 0 ? 0f : 1f;
                float r = variant % 2 == 0 ? 1f : 0f;
                float vr = variant < 2 ? 0f : -0.2f;
                float[] v1 = in[1].clone();
                float[] v2 = in[1].clone();
                float[] h1 = new float[len];
                float[] h2 = new float[len];
                float[] s1 = new float[len];
                float[] s2 = new float[len];
                float[] d1 = new float[len + 3];
                float[] d2 = new float[len + 3];
                boolean withH = variant != 1;
                FloatLanes.scalarStep(in[0], v1, in[2], in[3], in[4], in[5], q, r, vr, withH ? h1 : null, s1,
                        d1, 3, 0, len);
                VectorFloatLanes.step(in[0], v2, in[2], in[3], in[4], in[5], q, r, vr, withH ? h2 : null, s2,
                        d2, 3, len);
                String at = "len " + len + " variant " + variant;
                same(v1, v2, "v " + at);
                same(h1, h2, "h " + at);
                same(s1, s2, "s " + at);
                same(d1, d2, "d " + at);
            }
        }
    }

    @Test
    void sweepStepEqualsScalarLoopBitForBit() {
        assumeTrue(FloatLanes.VECTOR, "the JVM runs without jdk.incubator.vector");
        SplittableRandom rng = new SplittableRandom(6);
        for (int len = 0; len <= 70; len++) {
            for (int variant = 0; variant < 2; variant++) {
                float[][] in = arrays(rng, 7, len + 2);
                float k = variant;
                float gs = variant == 0 ? 1f : 0f;
                float[] gv1 = in[1].clone();
                float[] gv2 = in[1].clone();
                float[] gx1 = new float[len];
                float[] gx2 = new float[len];
                FloatLanes.scalarSweepStep(gs, in[0], k, gv1, 1f, in[2], 0.5f, in[3], -0.2f, in[4], 2, 1f - gs,
                        in[5], gx1, in[6], 0, len);
                VectorFloatLanes.sweepStep(gs, in[0], k, gv2, 1f, in[2], 0.5f, in[3], -0.2f, in[4], 2, 1f - gs,
                        in[5], gx2, in[6], len);
                same(gv1, gv2, "gv len " + len + " variant " + variant);
                same(gx1, gx2, "gx len " + len + " variant " + variant);
            }
        }
    }

    /** {@code count} arrays of {@code len} values: mostly uniform on (−2, 2), one in eight special. */
    private static float[][] arrays(SplittableRandom rng, int count, int len) {
        float[][] out = new float[count][len];
        for (float[] a : out) {
            for (int i = 0; i < len; i++) {
                a[i] = rng.nextInt(8) == 0 ? SPECIAL[rng.nextInt(SPECIAL.length)] : (float) (rng.nextDouble() * 4 - 2);
            }
        }
        return out;
    }

    private static void same(float[] expected, float[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(actual[i]),
                    what + " at " + i + ": " + expected[i] + " vs " + actual[i]);
        }
    }
}
