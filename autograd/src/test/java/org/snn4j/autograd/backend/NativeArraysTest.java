package org.snn4j.autograd.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class NativeArraysTest {
    private static final int N = 1 << 16;

    /**
     * The collection the fence guards against: a view of a temporary array whose every other
     * reference is dead. Collections and fresh arrays of the same size (whose memory the allocator
     * would hand out again if the temporary's were freed) must leave its values intact; once the
     * view itself is dropped the buffer is collected, which shows the collections really ran.
     */
    @Test
    void aViewKeepsItsTemporaryArrayAliveThroughCollections() {
        @SuppressWarnings("unchecked")
        WeakReference<DataBuffer>[] ref = new WeakReference[1];
        NativeArrays view = viewOfTemporary(r -> ref[0] = r);
        WeakReference<DataBuffer> buffer = ref[0];
        for (int round = 0; round < 5; round++) {
            System.gc();
            pressure();
        }
        assertNotNull(buffer.get(), "the view must keep its array's buffer reachable");
        float[] got = new float[N];
        view.get(0, got, 0, N);
        for (int i = 0; i < N; i++) {
            assertEquals(i, got[i], 0f, "element " + i + " after collections");
        }
        double[] twice = new double[N];
        for (int i = 0; i < N; i++) {
            twice[i] = 2.0 * i;
        }
        view.put(0, twice, 0, N);
        System.gc();
        pressure();
        double[] back = new double[N];
        view.get(0, back, 0, N);
        assertArrayEquals(twice, back, 0.0);

        view = null;
        for (int round = 0; round < 50 && buffer.get() != null; round++) {
            System.gc();
        }
        assertNull(buffer.get(), "without a view the temporary array's buffer is collected (and freed)");
    }

    /** Makes a FLOAT array 0, 1, 2, … that nothing but the returned view references. */
    private static NativeArrays viewOfTemporary(java.util.function.Consumer<WeakReference<DataBuffer>> buffer) {
        float[] v = new float[N];
        for (int i = 0; i < N; i++) {
            v[i] = i;
        }
        INDArray a = Nd4j.createFromArray(v);
        buffer.accept(new WeakReference<>(a.data()));
        return NativeArrays.of(a);
    }

    /** Allocates and drops arrays of the temporary's size filled with −1. */
    private static void pressure() {
        for (int i = 0; i < 20; i++) {
            Nd4j.valueArrayOf(new long[] {N}, -1f, DataType.FLOAT);
        }
    }

    @Test
    void convertsBetweenPrecisionsAndRejectsViewsItCannotServe() {
        INDArray d = Nd4j.createFromArray(1.5, -2.25, 3.0);
        NativeArrays v = NativeArrays.of(d);
        float[] f = new float[3];
        v.get(0, f, 0, 3);
        assertArrayEquals(new float[] {1.5f, -2.25f, 3f}, f);
        v.put(1, new float[] {7f}, 0, 1);
        assertEquals(7.0, d.getDouble(1), 0.0);
        INDArray transposed = Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}}).transpose();
        assertThrows(IllegalArgumentException.class, () -> NativeArrays.of(transposed));
        assertArrayEquals(new double[] {1, 3, 2, 4}, NativeArrays.read(transposed, new double[4]), 0.0);
        assertThrows(IllegalArgumentException.class, () -> NativeArrays.of(Nd4j.createFromArray(1, 2)));
        INDArray made = NativeArrays.create(new double[] {0.5, 1}, new long[] {2, 1}, DataType.FLOAT);
        assertEquals(DataType.FLOAT, made.dataType());
        assertArrayEquals(new float[] {0.5f, 1f}, made.data().asFloat());
        int[] bits = new int[2];
        NativeArrays.of(Nd4j.createFromArray(-0.0f, 1f)).getBits(0, bits, 0, 2);
        assertTrue(bits[0] != 0 && bits[1] == Float.floatToIntBits(1f));
    }
}
