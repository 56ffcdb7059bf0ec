package org.snn4j.autograd.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

class NativeMemoryPressureTest {
    private final long saved = NativeMemoryPressure.thresholdBytes();

    @AfterEach
    void restore() {
        NativeMemoryPressure.setThresholdBytes(saved);
    }

    @Test
    void requestsOneCollectionPerBudgetOfProducedBytes() {
        NativeMemoryPressure.setThresholdBytes(1000);
        NativeMemoryPressure.produced(1000); // whatever was pending, this crosses the budget
        long before = NativeMemoryPressure.collections();
        NativeMemoryPressure.produced(400);
        NativeMemoryPressure.produced(400);
        assertEquals(before, NativeMemoryPressure.collections());
        NativeMemoryPressure.produced(400);
        assertEquals(before + 1, NativeMemoryPressure.collections());
        NativeMemoryPressure.produced(999);
        assertEquals(before + 1, NativeMemoryPressure.collections());
    }

    @Test
    void recordedOpOutputsAndGradientsAreCounted() {
        NativeMemoryPressure.setThresholdBytes(700);
        NativeMemoryPressure.produced(700);
        long before = NativeMemoryPressure.collections();
        Tensor x = Tensor.variable(Nd4j.ones(DataType.FLOAT, 100)); // 400 bytes
        Tensor y = x.mul(2.0); // +400
        assertEquals(before, NativeMemoryPressure.collections());
        Tensor z = y.mul(3.0); // +400 crosses 700
        assertEquals(before + 1, NativeMemoryPressure.collections());
        z.sum().backward();
        assertEquals(6.0, x.grad().getDouble(7), 0.0);
    }

    @Test
    void zeroTurnsItOffAndNegativeIsRejected() {
        NativeMemoryPressure.setThresholdBytes(0);
        long before = NativeMemoryPressure.collections();
        NativeMemoryPressure.produced(1L << 40);
        assertEquals(before, NativeMemoryPressure.collections());
        assertThrows(IllegalArgumentException.class, () -> NativeMemoryPressure.setThresholdBytes(-1));
    }

    @Test
    void buffersACollectionReclaimedLeaveTheCount() throws InterruptedException {
        NativeMemoryPressure.setThresholdBytes(1L << 40);
        NativeMemoryPressure.produced(Nd4j.ones(DataType.FLOAT, 10)); // drains whatever was queued
        long base = NativeMemoryPressure.outstandingBytes();
        org.nd4j.linalg.api.ndarray.INDArray kept = Nd4j.ones(DataType.FLOAT, 1000);
        NativeMemoryPressure.produced(kept);
        NativeMemoryPressure.produced(kept.reshape(10, 100)); // a view counts too, and leaves with its root
        NativeMemoryPressure.produced(Nd4j.ones(DataType.DOUBLE, 5000)); // 40,000 bytes, dropped at once
        assertEquals(base + 8000 + 40000, NativeMemoryPressure.outstandingBytes(), 100.0);
        long deadline = System.nanoTime() + 10_000_000_000L;
        long now = NativeMemoryPressure.outstandingBytes();
        while (now > base + 8000 + 100 && System.nanoTime() < deadline) {
            System.gc(); // a collection the mechanism did not ask for: the period stays the same
            Thread.sleep(20);
            now = NativeMemoryPressure.outstandingBytes();
        }
        assertEquals(base + 8000, now, 100.0, "the dropped array left the count, the kept one and its view did not");
        assertEquals(1000, kept.length());
    }

    @Test
    void aYoungCollectionTheHeapRanOnItsOwnRestartsTheQuarterCount() {
        org.junit.jupiter.api.Assumptions.assumeTrue(YoungCollection.available(), "a generational collector");
        long quarter = 1L << 38;
        NativeMemoryPressure.setThresholdBytes(4 * quarter);
        assertTrue(YoungCollection.run(Long.MAX_VALUE));
        NativeMemoryPressure.produced(1);   // notices that collection: counts from zero
        assertEquals(1, NativeMemoryPressure.sinceYoung());
        NativeMemoryPressure.produced(quarter / 2);
        assertEquals(quarter / 2 + 1, NativeMemoryPressure.sinceYoung(), "no collection since: the bytes add up");
        assertTrue(YoungCollection.run(Long.MAX_VALUE));   // as when the heap fills: it frees the dead buffers too
        NativeMemoryPressure.produced(quarter / 2);
        assertEquals(quarter / 2, NativeMemoryPressure.sinceYoung(), "the count restarted at that collection");
    }

    @Test
    void aYoungCollectionRunsOnRequestAndQuarterBudgetsForceNoFullOne() {
        org.junit.jupiter.api.Assumptions.assumeTrue(YoungCollection.available(), "a generational collector");
        long young = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
        assertTrue(YoungCollection.run(Long.MAX_VALUE));
        long after = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
        assertTrue(after > young, "the JVM counted a collection");
        NativeMemoryPressure.setThresholdBytes(1L << 30);
        long full = NativeMemoryPressure.collections();
        for (int i = 0; i < 5; i++) {
            NativeMemoryPressure.produced(1L << 26); // 5 × 64 MiB: past a quarter of the budget, not past all of it
        }
        assertEquals(full, NativeMemoryPressure.collections(), "no full collection");
    }
}
