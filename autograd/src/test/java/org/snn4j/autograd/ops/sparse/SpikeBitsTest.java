package org.snn4j.autograd.ops.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@link SpikeBits}: a binary array packs into {@code R·⌈K/64⌉} longs and unpacks to itself exactly,
 * on the vector and the scalar loops alike; any other value (−0.0 included), anywhere, gives {@code null}.
 */
class SpikeBitsTest {
    /** Rows spanning several 64-row chunks, columns below, at and around whole 64-bit words and vectors. */
    private static final int[][] SHAPES = {{1, 1}, {3, 63}, {5, 64}, {70, 65}, {130, 100}, {9, 200}};

    @Test
    void binaryArraysRoundTripExactly() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (int[] s : SHAPES) {
                INDArray x = EventSynapseTest.events(s[0] * 31L + s[1], s[0], s[1], 0.25, true, type);
                for (boolean vector : vectorChoices()) {
                    SpikeBits bits = SpikeBits.pack(x, vector);
                    String at = type + " " + s[0] + "x" + s[1] + " vector " + vector;
                    assertNotNull(bits, at);
                    assertEquals(8L * s[0] * ((s[1] + 63) / 64), bits.bytes(), at);
                    for (boolean vectorOut : vectorChoices()) {
                        assertExactlyEqual(x, bits.unpack(vectorOut), at + " unpack vector " + vectorOut);
                    }
                }
            }
        }
    }

    @Test
    void allOnesAndAllZerosPack() {
        for (float v : new float[] {0f, 1f}) {
            INDArray x = org.nd4j.linalg.factory.Nd4j.valueArrayOf(new long[] {66, 130}, v, DataType.FLOAT);
            for (boolean vector : vectorChoices()) {
                assertExactlyEqual(x, SpikeBits.pack(x, vector).unpack(vector), "all " + v);
            }
        }
    }

    @Test
    void anyOtherValueAnywhereKeepsTheFloats() {
        double[] others = {-0.0, 0.5, 2.0, -1.0, Double.NaN, 1.0000001, Float.MIN_VALUE};
        int rows = 130;
        int cols = 100;
        // first element, inside the vector part of a late row, last column (scalar tail), last row
        int[][] where = {{0, 0}, {97, 37}, {3, cols - 1}, {rows - 1, 64}};
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (double o : others) {
                for (int[] p : where) {
                    INDArray x = EventSynapseTest.events(7, rows, cols, 0.25, true, type);
                    x.putScalar(p[0], p[1], o);
                    for (boolean vector : vectorChoices()) {
                        assertNull(SpikeBits.pack(x, vector), type + " value " + o + " at " + p[0] + "," + p[1]);
                    }
                }
            }
        }
    }

    @Test
    void otherLayoutsAndTypesAreNotPacked() {
        INDArray x = EventSynapseTest.events(8, 6, 70, 0.25, true, DataType.FLOAT);
        assertNull(SpikeBits.pack(x.dup('f')), "'f' order");
        assertNull(SpikeBits.pack(x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 4),
                org.nd4j.linalg.indexing.NDArrayIndex.all())), "row view at an offset");
        assertNull(SpikeBits.pack(x.castTo(DataType.HALF)), "half");
        assertNull(SpikeBits.pack(x.reshape(2, 3, 70)), "rank 3");
    }

    private static boolean[] vectorChoices() {
        return EventSynapse.vectorised() && VectorBits.FITS ? new boolean[] {false, true} : new boolean[] {false};
    }

    /** Element by element on the raw bits (so −0.0 ≠ +0.0), same type and shape. */
    static void assertExactlyEqual(INDArray expected, INDArray actual, String at) {
        assertEquals(expected.dataType(), actual.dataType(), at);
        assertArrayEquals(expected.shape(), actual.shape(), at);
        if (expected.dataType() == DataType.FLOAT) {
            assertArrayEquals(expected.dup('c').data().asFloat(), actual.dup('c').data().asFloat(), at);
        } else {
            assertArrayEquals(expected.dup('c').data().asDouble(), actual.dup('c').data().asDouble(), at);
        }
    }
}
