package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.ops.sparse.EventSynapse;

/** {@link SmallInnerGemm}: equal to the product by its definition, at every column tail and inner size. */
class SmallInnerGemmTest {
    private static INDArray random(SplittableRandom rng, int rows, int cols) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c');
    }

    /** m, k, n: the column count covers whole 4-vector blocks, single vectors and a scalar tail. */
    @ParameterizedTest(name = "[{0},{1}]x[{1},{2}]")
    @CsvSource({"3200, 10, 800", "512, 10, 1600", "700, 1, 131", "129, 16, 517", "4100, 3, 17"})
    void equalsTheDefinition(int m, int k, int n) {
        Assumptions.assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "needs the JDK vector API module");
        SplittableRandom rng = new SplittableRandom(m + 31L * n + k);
        INDArray a = random(rng, m, k);
        INDArray b = random(rng, k, n);
        assertTrue(SmallInnerGemm.applies(a, b));
        INDArray got = SmallInnerGemm.mm(a, b);
        assertArrayEquals(new long[] {m, n}, got.shape());
        float[] av = a.data().asFloat();
        float[] bv = b.data().asFloat();
        float[] gv = got.data().asFloat();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += (double) av[i * k + p] * bv[p * n + j];
                }
                assertEquals(s, gv[i * n + j], 1e-5 * Math.max(1, Math.abs(s)), "C[" + i + ", " + j + "]");
            }
        }
        assertArrayEquals(gv, SmallInnerGemm.mm(a, b).data().asFloat(), "the same product twice");
        if (EventSynapse.vectorised()) {
            assertArrayEquals(gv, Gemm.mm(a, b).data().asFloat(), "Gemm.mm takes this kernel");
        } else {
            assertArrayEquals(gv, Gemm.mm(a, b).data().asFloat(), 1e-5f, "-Dsnn4j.vector=off: the matmul op");
        }
    }

    @Test
    void appliesOnlyToLargeFloatProductsWithASmallInnerSize() {
        SplittableRandom rng = new SplittableRandom(1);
        INDArray a = random(rng, 512, 10);
        assertTrue(SmallInnerGemm.applies(a, random(rng, 10, 1600)));
        assertFalse(SmallInnerGemm.applies(a, random(rng, 10, 16)), "small output");
        assertFalse(SmallInnerGemm.applies(random(rng, 512, 17), random(rng, 17, 1600)), "inner size 17");
        assertFalse(SmallInnerGemm.applies(a.castTo(DataType.DOUBLE), random(rng, 10, 1600).castTo(DataType.DOUBLE)),
                "float64");
    }
}
