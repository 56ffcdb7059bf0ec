package org.snn4j.neurons.fused;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link VectorHalf} against the scalar {@link Half}, bit for bit: encoding over a sweep of float bit
 * patterns that meets every exponent (both signs, zeros, subnormals, the rounding boundaries, the
 * overflow edge, infinities, NaNs), written at an offset into the half array and with every tail
 * length; decoding of all 65,536 halves at several offsets.
 */
class VectorHalfTest {
    /** Float bit patterns at and around every boundary of the encoding. */
    private static final int[] EDGES = {0, 0x80000000, 0x33000000, 0x33000001, 0x32ffffff, 0x33800000, 0x387fffff,
        0x38800000, 0x38800fff, 0x38801000, 0x38801001, 0x38803000, 0x477fefff, 0x477ff000, 0x477fffff, 0x47800000,
        0x7f7fffff, 0x7f800000, 0x7f800001, 0x7fc00000, 0xff800000, 0xffc00001, 0xb87fffff, 0xb3000001, 0x3f800000};

    @Test
    void encodingEqualsTheScalarOneBitForBit() {
        assumeTrue(FloatLanes.VECTOR, "the JVM runs without jdk.incubator.vector");
        int n = 1 << 14;
        float[] src = new float[n];
        short[] got = new short[n + 5];
        // every 1,021st bit pattern: about 4.2 million floats, each exponent many times over
        for (long base = 0; base < (1L << 32); base += (long) n * 1021) {
            for (int i = 0; i < n; i++) {
                src[i] = Float.intBitsToFloat((int) (base + (long) i * 1021));
            }
            VectorHalf.toHalf(src, got, 5, n);
            for (int i = 0; i < n; i++) {
                if (got[5 + i] != Half.encode(src[i])) {
                    fail(String.format("float bits %08x: vector %04x, scalar %04x", Float.floatToRawIntBits(src[i]),
                            got[5 + i], Half.encode(src[i])));
                }
            }
        }
    }

    @Test
    void encodingOfTheEdgesInEveryLaneAndTail() {
        assumeTrue(FloatLanes.VECTOR, "the JVM runs without jdk.incubator.vector");
        for (int len = 0; len <= 70; len++) {
            float[] src = new float[len];
            for (int i = 0; i < len; i++) {
                src[i] = Float.intBitsToFloat(EDGES[(i * 7 + len) % EDGES.length]);
            }
            short[] got = new short[len + 3];
            VectorHalf.toHalf(src, got, 3, len);
            for (int i = 0; i < len; i++) {
                assertEquals(Half.encode(src[i]), got[3 + i],
                        "len " + len + " lane " + i + " bits " + Integer.toHexString(Float.floatToRawIntBits(src[i])));
            }
        }
    }

    @Test
    void decodingEqualsTheScalarOneForEveryHalf() {
        assumeTrue(FloatLanes.VECTOR, "the JVM runs without jdk.incubator.vector");
        for (int at : new int[] {0, 1, 7, 16}) {
            short[] src = new short[at + 65536];
            for (int h = 0; h < 65536; h++) {
                src[at + h] = (short) h;
            }
            float[] got = new float[65536];
            VectorHalf.fromHalf(src, at, got, 65536);
            for (int h = 0; h < 65536; h++) {
                assertEquals(Float.floatToRawIntBits(Half.decode((short) h)), Float.floatToRawIntBits(got[h]),
                        "half " + Integer.toHexString(h) + " at offset " + at);
            }
        }
        for (int len = 0; len <= 40; len++) {   // tails, with subnormals and infinities among normal halves
            short[] src = new short[len];
            for (int i = 0; i < len; i++) {
                src[i] = (short) (i % 5 == 0 ? 0x0001 + i : i % 7 == 0 ? 0x7c00 : 0x3c00 + 97 * i);
            }
            float[] got = new float[len];
            VectorHalf.fromHalf(src, 0, got, len);
            for (int i = 0; i < len; i++) {
                assertEquals(Float.floatToRawIntBits(Half.decode(src[i])), Float.floatToRawIntBits(got[i]),
                        "len " + len + " lane " + i);
            }
        }
    }
}
