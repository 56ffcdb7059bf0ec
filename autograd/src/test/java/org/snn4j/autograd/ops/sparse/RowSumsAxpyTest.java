package org.snn4j.autograd.ops.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link RowSums#axpy}: the vector loop equals the scalar loop bit for bit over run lengths around the
 * vector width and unaligned offsets, and both equal {@code dst + v·src} computed element by element.
 */
class RowSumsAxpyTest {

    @Test
    void vectorLoopIsBitIdenticalToScalar() {
        assertTrue(RowSums.VECTOR, "the test JVM runs with --add-modules jdk.incubator.vector");
        SplittableRandom rng = new SplittableRandom(7);
        for (int len : new int[] {0, 1, 7, 15, 16, 17, 33, 64, 320, 321}) {
            for (int off : new int[] {0, 3, 13}) {
                float[] src = new float[len + 40];
                float[] a = new float[len + 40];
                for (int i = 0; i < src.length; i++) {
                    src[i] = (float) rng.nextGaussian();
                    a[i] = (float) rng.nextGaussian();
                }
                float[] b = a.clone();
                float[] expected = a.clone();
                float v = (float) rng.nextGaussian();
                for (int k = 0; k < len; k++) {
                    expected[off + k] = a[off + k] + v * src[5 + k];
                }
                VectorRowSums.axpy(a, off, src, 5, len, v);
                RowSums.axpyScalar(b, off, src, 5, len, v);
                assertArrayEquals(expected, b, 0f, "scalar len " + len + " off " + off);
                assertArrayEquals(b, a, 0f, "vector len " + len + " off " + off);
            }
        }
    }

    @Test
    void doubleLoopAddsScaledRun() {
        double[] dst = {1, 2, 3, 4, 5};
        RowSums.axpy(dst, 1, new double[] {10, 20, 30}, 0, 3, 0.5);
        assertArrayEquals(new double[] {1, 7, 13, 19, 5}, dst, 0.0);
    }
}
