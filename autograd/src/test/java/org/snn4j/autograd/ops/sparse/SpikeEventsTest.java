package org.snn4j.autograd.ops.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The scan lists exactly the non-zeros of every row, and the column form holds the same events. */
class SpikeEventsTest {

    /** 150 rows (three scan chunks) of {@code cols} columns: ones, −0.0f and (when not binary) other values. */
    private static float[] matrix(long seed, int rows, int cols, double density, boolean binary) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            double u = r.nextDouble();
            if (u < density) {
                v[i] = binary || r.nextBoolean() ? 1f : (float) (r.nextDouble() - 0.5);
            } else if (!binary && u < density + 0.01) {
                v[i] = -0.0f;
            }
        }
        return v;
    }

    @Test
    void scanListsEveryNonZeroInOrder() {
        for (int cols : new int[] {1, 15, 16, 37, 784}) {
            for (boolean binary : new boolean[] {true, false}) {
                int rows = 150;
                float[] v = matrix(cols, rows, cols, 0.13, binary);
                SpikeEvents e = SpikeEvents.scan(Nd4j.create(v, new long[] {rows, cols}, 'c'), 1);
                List<Integer> col = new ArrayList<>();
                List<Double> val = new ArrayList<>();
                int[] start = new int[rows + 1];
                for (int r = 0; r < rows; r++) {
                    for (int k = 0; k < cols; k++) {
                        float x = v[r * cols + k];
                        if (Float.floatToRawIntBits(x) != 0) {
                            col.add(k);
                            val.add((double) x);
                        }
                    }
                    start[r + 1] = col.size();
                }
                String at = "cols " + cols + " binary " + binary;
                assertArrayEquals(start, e.rowStarts(), at);
                assertArrayEquals(col.stream().mapToInt(Integer::intValue).toArray(), e.columns(), at);
                assertEquals(binary, e.binary(), at);
                for (int i = 0; i < val.size(); i++) {
                    assertEquals(val.get(i), e.value(i), 0.0, at + " event " + i);
                }
            }
        }
    }

    /**
     * One value other than +0.0f and 1.0f in a row of ones and zeros makes the list valued, wherever
     * it stands (in the vector passes or the scalar tail of the row) and whatever it is: values whose
     * bits lie within those of 1.0f (0.5f, 2⁻¹²⁶), the floats on either side of 1, −0.0f, −1, 2, the
     * infinities, NaN, the smallest subnormal and 10⁻³; without it the list is binary.
     */
    @Test
    void scanFindsEveryNonBinaryValue() {
        float[] odd = {0.5f, Float.intBitsToFloat(0x00800000), Math.nextDown(1f), Math.nextUp(1f), -0.0f, -1f, 2f,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.MIN_VALUE, 1e-3f};
        int rows = 3;
        int cols = 70;                                // vector passes of 32 (AVX-512) or 16 (AVX2) columns, a tail of 6
        for (int at : new int[] {0, 17, 31, 32, 63, 64, 69}) {
            for (float x : odd) {
                float[] v = new float[rows * cols];
                for (int i = 0; i < v.length; i++) {
                    v[i] = i % 3 == 0 ? 1f : 0f;
                }
                v[cols + at] = x;
                SpikeEvents e = SpikeEvents.scan(Nd4j.create(v, new long[] {rows, cols}, 'c'), 1);
                String where = "value " + x + " at column " + at;
                assertFalse(e.binary(), where);
                int i = e.rowStarts()[1];
                while (e.columns()[i] != at) {
                    i++;
                }
                assertEquals(Float.floatToRawIntBits(x), Float.floatToRawIntBits((float) e.value(i)), where);
            }
        }
        float[] ones = new float[rows * cols];
        for (int i = 0; i < ones.length; i += 2) {
            ones[i] = 1f;
        }
        assertTrue(SpikeEvents.scan(Nd4j.create(ones, new long[] {rows, cols}, 'c'), 1).binary());
    }

    @Test
    void scanListsEveryEightColumnPattern() {
        int cols = 256 * 8 + 5;                       // column group b holds the bit pattern of b, then a tail
        float[] v = new float[2 * cols];
        List<Integer> col = new ArrayList<>();
        for (int k = 0; k < cols; k++) {
            boolean set = k < 256 * 8 ? ((k / 8) >>> (k % 8) & 1) != 0 : k % 2 == 0;
            v[cols + k] = set ? 1f : 0f;
            if (set) {
                col.add(k);
            }
        }
        SpikeEvents e = SpikeEvents.scan(Nd4j.create(v, new long[] {2, cols}, 'c'), 1);
        assertArrayEquals(new int[] {0, 0, col.size()}, e.rowStarts());
        assertArrayEquals(col.stream().mapToInt(Integer::intValue).toArray(), e.columns());
    }

    @Test
    void columnFormHoldsTheSameEvents() {
        for (boolean binary : new boolean[] {true, false}) {
            int rows = 150;
            int cols = 37;
            float[] v = matrix(3, rows, cols, 0.2, binary);
            SpikeColumns c = SpikeEvents.scan(Nd4j.create(v, new long[] {rows, cols}, 'c'), 1).byColumn();
            assertEquals(binary, c.binary());
            SpikeColumns.Csc csc = c.csc();
            float[] back = new float[rows * cols];
            for (int j = 0; j < cols; j++) {
                int last = -1;
                for (int i = csc.start()[j]; i < csc.start()[j + 1]; i++) {
                    int r = csc.row()[i];
                    assertEquals(true, r > last, "rows ascending");
                    last = r;
                    back[r * cols + j] = csc.value() == null ? 1f : (float) csc.value()[i];
                }
            }
            for (int i = 0; i < v.length; i++) {
                assertEquals(v[i] == 0 ? 0f : v[i], back[i], 0f, "entry " + i);  // −0.0 is an event of value −0.0
            }
        }
    }

    @Test
    void limitIsPerChunk() {
        float[] v = new float[128 * 10];
        for (int k = 0; k < 10; k++) {
            v[70 * 10 + k] = 1f;   // one full row in the second chunk: 10/640 > 1 %
        }
        INDArray x = Nd4j.create(v, new long[] {128, 10}, 'c').castTo(DataType.FLOAT);
        assertNull(SpikeEvents.scan(x, 0.01));
        assertEquals(10, SpikeEvents.scan(x, 0.02).nonZeros());
    }
}
