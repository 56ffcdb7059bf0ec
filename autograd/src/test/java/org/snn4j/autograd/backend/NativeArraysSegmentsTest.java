package org.snn4j.autograd.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Views split into several nio segments (tiny ones here, 2²⁷ elements in production) read and
 * write the same elements as ND4J's own {@code getDouble/putScalar}, for ranges inside a segment,
 * across one and several boundaries, and at the very end.
 */
class NativeArraysSegmentsTest {
    private static final int SEGMENT = 1000;
    private static final int N = 3500;
    /** {index, length} pairs; the last segment is a partial one (3000 … 3500). */
    private static final int[][] RANGES = {
        {10, 50}, {990, 20}, {1000, 1000}, {500, 2500}, {999, 1}, {1999, 1002}, {3400, 100}, {0, N}, {N, 0}
    };

    @Test
    void getsMatchNd4jAcrossSegmentBoundaries() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray a = filled(type, 7);
            NativeArrays v = NativeArrays.of(a, SEGMENT);
            for (int[] r : RANGES) {
                float[] f = new float[r[1] + 3];
                double[] d = new double[r[1] + 3];
                v.get(r[0], f, 3, r[1]);
                v.get(r[0], d, 3, r[1]);
                for (int i = 0; i < r[1]; i++) {
                    String at = type + " range " + r[0] + "+" + r[1] + " element " + (r[0] + i);
                    assertEquals(a.getFloat(r[0] + i), f[3 + i], 0f, at);
                    double expected = type == DataType.FLOAT ? a.getFloat(r[0] + i) : a.getDouble(r[0] + i);
                    assertEquals(expected, d[3 + i], 0.0, at);
                }
            }
        }
    }

    @Test
    void putsLandWhereNd4jReadsThem() {
        Random random = new Random(11);
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (int[] r : RANGES) {
                for (boolean asFloats : new boolean[] {true, false}) {
                    INDArray a = filled(type, 3);
                    double[] before = a.toDoubleVector();
                    NativeArrays v = NativeArrays.of(a, SEGMENT);
                    double[] values = new double[r[1]];
                    for (int i = 0; i < r[1]; i++) {
                        values[i] = (float) (100 + random.nextGaussian());
                    }
                    if (asFloats) {
                        float[] f = new float[r[1] + 2];
                        for (int i = 0; i < r[1]; i++) {
                            f[2 + i] = (float) values[i];
                        }
                        v.put(r[0], f, 2, r[1]);
                    } else {
                        double[] d = new double[r[1] + 2];
                        System.arraycopy(values, 0, d, 2, r[1]);
                        v.put(r[0], d, 2, r[1]);
                    }
                    for (int i = 0; i < N; i++) {
                        boolean inside = i >= r[0] && i < r[0] + r[1];
                        double expected = inside ? values[i - r[0]] : before[i];
                        assertEquals(expected, a.getDouble(i), 0.0,
                                type + (asFloats ? " float" : " double") + " put " + r[0] + "+" + r[1] + " element " + i);
                    }
                }
            }
        }
    }

    @Test
    void bitsMatchAcrossSegmentBoundariesAndBadRangesAreRejected() {
        INDArray a = filled(DataType.FLOAT, 5);
        a.putScalar(1000, -0.0f);
        NativeArrays v = NativeArrays.of(a, SEGMENT);
        for (int[] r : RANGES) {
            int[] bits = new int[r[1] + 1];
            v.getBits(r[0], bits, 1, r[1]);
            for (int i = 0; i < r[1]; i++) {
                assertEquals(Float.floatToRawIntBits(a.getFloat(r[0] + i)), bits[1 + i], "bits of element " + (r[0] + i));
            }
        }
        assertThrows(IndexOutOfBoundsException.class, () -> v.get(3450, new float[100], 0, 100));
        assertThrows(IndexOutOfBoundsException.class, () -> v.put(-1, new double[2], 0, 2));
        assertThrows(IllegalArgumentException.class, () -> NativeArrays.of(a, 0));
        NativeArrays ones = NativeArrays.of(a, 1);
        float[] f = new float[5];
        ones.get(998, f, 0, 5);
        for (int i = 0; i < 5; i++) {
            assertEquals(a.getFloat(998 + i), f[i], 0f, "one-element segments, element " + (998 + i));
        }
    }

    /**
     * A real FLOAT array of more than 2³¹ bytes (2.7 GB; run with {@code -Dsnn4j.bigArrays=true}):
     * every segment, and the elements after the 2³¹ − 1 bytes one nio buffer can reach.
     */
    @Test
    @EnabledIfSystemProperty(named = "snn4j.bigArrays", matches = "true")
    void addressesEveryElementOfAnArrayBeyondTwoGibibytes() {
        int n = (1 << 29) + (1 << 27) + 5;
        NativeArrays v = NativeArrays.allocate(DataType.FLOAT, n);
        INDArray a = v.array();
        int[] starts = {0, (1 << 27) - 3, (1 << 29) - 2, n - 7};
        for (int start : starts) {
            float[] src = new float[7];
            for (int i = 0; i < src.length; i++) {
                src[i] = start + i;
            }
            v.put(start, src, 0, src.length);
        }
        for (int start : starts) {
            double[] back = new double[7];
            v.get(start, back, 0, 7);
            for (int i = 0; i < 7; i++) {
                assertEquals((float) (start + i), a.getFloat((long) start + i), 0f, "ND4J element " + (start + i));
                assertEquals((float) (start + i), back[i], 0.0, "view element " + (start + i));
            }
        }
    }

    /** A 'c' vector of {@link #N} seeded Gaussian values. */
    private static INDArray filled(DataType type, long seed) {
        Random random = new Random(seed);
        INDArray a = Nd4j.createUninitialized(type, new long[] {N}, 'c');
        for (int i = 0; i < N; i++) {
            a.putScalar(i, random.nextGaussian());
        }
        return a;
    }
}
