package org.snn4j.autograd.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class UnfilledArraysTest {

    @Test
    void floatArrayIsAlignedWritableAndUsableByNd4jOps() {
        INDArray a = UnfilledArrays.create(DataType.FLOAT, 3, 5, 7);
        assertArrayEquals(new long[] {3, 5, 7}, a.shape());
        assertEquals('c', a.ordering());
        assertEquals(DataType.FLOAT, a.dataType());
        assertEquals(0, a.data().addressPointer().address() % UnfilledArrays.ALIGN, "64-byte aligned");
        float[] v = new float[105];
        for (int i = 0; i < v.length; i++) {
            v[i] = i - 50.5f;
        }
        NativeArrays.of(a).put(0, v, 0, v.length);
        assertEquals(v[5 * 7 + 2 * 7 + 3], a.getFloat(1, 2, 3), 0f);
        INDArray twice = a.mul(2);
        assertEquals(2 * v[104], twice.getFloat(2, 4, 6), 0f);
        INDArray row = a.reshape('c', 15, 7).getRow(14);
        assertEquals(v[104], row.getFloat(6), 0f);
        a.addi(1);
        assertEquals(v[0] + 1, a.getFloat(0, 0, 0), 0f);
        assertArrayEquals(a.reshape(105).toFloatVector(), a.dup().reshape(105).toFloatVector(), 0f);
    }

    @Test
    void doubleArrayHoldsWhatIsWritten() {
        INDArray a = UnfilledArrays.create(DataType.DOUBLE, 4, 9);
        assertEquals(DataType.DOUBLE, a.dataType());
        assertEquals(0, a.data().addressPointer().address() % UnfilledArrays.ALIGN);
        double[] v = new double[36];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sqrt(i) - 3;
        }
        NativeArrays.of(a).put(0, v, 0, v.length);
        assertArrayEquals(v, a.reshape(36).toDoubleVector(), 0);
        assertEquals(Nd4j.create(v, new long[] {4, 9}, 'c').sumNumber().doubleValue(), a.sumNumber().doubleValue(), 1e-12);
    }

    @Test
    void otherTypesAndEmptyShapesComeFromNd4j() {
        INDArray ints = UnfilledArrays.create(DataType.INT, 2, 3);
        assertEquals(DataType.INT, ints.dataType());
        assertArrayEquals(new long[] {2, 3}, ints.shape());
        INDArray empty = UnfilledArrays.create(DataType.FLOAT, 0, 4);
        assertEquals(0, empty.length());
    }

    /** The buffer is collectable (the cleaner holds only the raw pointer), so its memory can be freed. */
    @Test
    void bufferIsCollectedOnceUnreachable() throws InterruptedException {
        WeakReference<DataBuffer> ref = new WeakReference<>(UnfilledArrays.create(DataType.FLOAT, 1024).data());
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(ref.get() == null, "the buffer stayed reachable");
    }
}
