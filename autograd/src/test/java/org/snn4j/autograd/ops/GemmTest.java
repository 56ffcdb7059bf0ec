package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GemmTest {
    private static INDArray random(SplittableRandom rng, DataType type, int rows, int cols) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble() * 2 - 1;
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c').castTo(type);
    }

    /** op(a)·op(b) by the definition, in double. */
    private static double entry(INDArray a, INDArray b, boolean ta, boolean tb, int i, int j) {
        long k = ta ? a.size(0) : a.size(1);
        double s = 0;
        for (int p = 0; p < k; p++) {
            s += (ta ? a.getDouble(p, i) : a.getDouble(i, p)) * (tb ? b.getDouble(j, p) : b.getDouble(p, j));
        }
        return s;
    }

    @Test
    void everyTransposeCombinationMatchesTheDefinitionWithOrWithoutAnOutputArray() {
        SplittableRandom rng = new SplittableRandom(3);
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    INDArray a = ta ? random(rng, type, 7, 5) : random(rng, type, 5, 7);
                    INDArray b = tb ? random(rng, type, 4, 7) : random(rng, type, 7, 4);
                    INDArray fresh = Gemm.mm(a, b, ta, tb);
                    INDArray out = Nd4j.valueArrayOf(new long[] {5, 4}, 123.0, type); // old contents are overwritten
                    assertSame(out, Gemm.mm(a, b, ta, tb, out));
                    double tol = type == DataType.FLOAT ? 1e-5 : 1e-12;
                    for (int i = 0; i < 5; i++) {
                        for (int j = 0; j < 4; j++) {
                            double want = entry(a, b, ta, tb, i, j);
                            assertEquals(want, fresh.getDouble(i, j), tol);
                            assertEquals(fresh.getDouble(i, j), out.getDouble(i, j), 0.0);
                        }
                    }
                }
            }
        }
    }

    @Test
    void mismatchedShapesAndOutputsAreOneLineErrors() {
        INDArray a = Nd4j.ones(DataType.FLOAT, 3, 4);
        IllegalArgumentException inner = assertThrows(IllegalArgumentException.class,
                () -> Gemm.mm(a, Nd4j.ones(DataType.FLOAT, 5, 2)));
        assertTrue(inner.getMessage().contains("inner sizes differ (4 vs 5)"), inner.getMessage());
        IllegalArgumentException out = assertThrows(IllegalArgumentException.class,
                () -> Gemm.mm(a, Nd4j.ones(DataType.FLOAT, 4, 2), false, false, Nd4j.ones(DataType.FLOAT, 2, 3)));
        assertTrue(out.getMessage().contains("is not a plain c-order [3, 2] array"), out.getMessage());
    }
}
