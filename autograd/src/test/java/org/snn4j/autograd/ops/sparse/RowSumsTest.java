package org.snn4j.autograd.ops.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The vector-API loops (8-, 4- and 1-register chunks, scalar tail) give bit-identical sums to the scalar loop. */
class RowSumsTest {

    /** The vector loops run unless the build asked for the scalar ones ({@code mvn -Dsnn4j.vector=off test}, a step of {@code .ci/run}). */
    @Test
    void surefireRunsTheVectorLoopsUnlessSwitchedOff() {
        boolean off = "off".equalsIgnoreCase(System.getProperty("snn4j.vector"));
        assertEquals(!off, RowSums.VECTOR, "the test JVM lacks --add-modules jdk.incubator.vector (pom surefire.argLine)"
                + " or ignores -Dsnn4j.vector");
    }

    /** {@link RowSums#scaled} writes the float32 products at every length, also into the same array at another offset and in place. */
    @Test
    void scaledWritesTheFloatProducts() {
        SplittableRandom r = new SplittableRandom(6);
        for (int len : new int[] {0, 1, 15, 16, 17, 40, 100}) {
            float[] a = new float[3 * len + 7];
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (r.nextDouble() * 2 - 1);
            }
            float[] before = a.clone();
            float v = 0.75f;
            RowSums.scaled(a, 2, v, a, len + 5, len);
            RowSums.scaled(a, 2, 0.25f, a, 2, len);
            for (int k = 0; k < len; k++) {
                assertEquals(Float.floatToRawIntBits(before[2 + k] * v), Float.floatToRawIntBits(a[len + 5 + k]), "copy " + k);
                assertEquals(Float.floatToRawIntBits(before[2 + k] * 0.25f), Float.floatToRawIntBits(a[2 + k]), "in place " + k);
            }
            assertEquals(Float.floatToRawIntBits(before[len + 5 + len]), Float.floatToRawIntBits(a[len + 5 + len]), "past the end");
        }
    }

    @Test
    void vectorAndScalarLoopsAgreeBitForBit() {
        SplittableRandom r = new SplittableRandom(5);
        int rows = 9;
        for (int w : new int[] {1, 7, 16, 37, 96, 200}) {
            int stride = w + 3;
            float[] src = new float[rows * stride + 5];
            for (int i = 0; i < src.length; i++) {
                src[i] = (float) (r.nextDouble() * 2 - 1);
            }
            int[] idx = {0, 3, 4, 8, 2, 5, 7};
            double[] val = {0.25, -1, 0.5, 2, 0.75, -0.5, 1};
            for (double[] v : new double[][] {null, val}) {
                float[] a = new float[2 * w];
                float[] b = new float[2 * w];
                a[w] = b[w] = 0.125f;
                RowSums.gatherScalar(idx, v, 0, idx.length, src, 5, stride, a, w, w);
                VectorRowSums.gather(idx, v, 0, idx.length, src, 5, stride, b, w, w);
                assertArrayEquals(a, b, "gather w " + w);
            }
        }
    }

    @Test
    void gatherFromAStartSegmentEqualsCopyThenGatherInPlace() {
        SplittableRandom r = new SplittableRandom(6);
        int rows = 9;
        for (int w : new int[] {3, 16, 37, 200}) {
            int stride = w + 1;
            float[] src = new float[rows * stride + 2];
            for (int i = 0; i < src.length; i++) {
                src[i] = (float) (r.nextDouble() * 2 - 1);
            }
            float[] init = new float[w + 4];
            for (int i = 0; i < init.length; i++) {
                init[i] = (float) (r.nextDouble() - 0.5);
            }
            int[] idx = {1, 2, 6, 8, 0};
            double[] val = {0.5, -2, 0.25, 1.5, -1};
            for (double[] v : new double[][] {null, val}) {
                float[] want = new float[w + 3];
                float[] got = new float[w + 3];
                got[0] = want[0] = 7f;
                System.arraycopy(init, 4, want, 3, w);
                RowSums.gatherScalar(idx, v, 0, idx.length, src, 2, stride, want, 3, w);
                RowSums.gather(idx, v, 0, idx.length, src, 2, stride, init, 4, got, 3, w);
                assertArrayEquals(want, got, "gather from init, w " + w);
            }
        }
    }
}
