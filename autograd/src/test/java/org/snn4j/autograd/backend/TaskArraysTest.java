package org.snn4j.autograd.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link TaskArrays}: one array per running task, reuse within the call, everything back to the pool. */
class TaskArraysTest {

    @Test
    void holdsAsManyArraysAsThreadsCanRunTheTasksAndNoMoreThanTasks() {
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        try (TaskArrays one = new TaskArrays(31, 1)) {
            float[] a = one.take();
            assertEquals(31, a.length);
            float[] extra = one.take();   // more takers than expected: a fresh array, pooled at close
            assertNotSame(a, extra);
            one.give(extra);
            one.give(a);
        }
        try (TaskArrays many = new TaskArrays(33, 1_000)) {
            float[][] taken = new float[threads][];
            for (int i = 0; i < threads; i++) {
                taken[i] = many.take();
            }
            for (int i = 0; i < threads; i++) {
                many.give(taken[i]);
            }
            assertSame(taken[threads - 1], many.take());
        }
    }

    @Test
    void closeReturnsTheArraysToThePool() {
        float[] a;
        try (TaskArrays arrays = new TaskArrays(4_321, 1)) {
            a = arrays.take();
            arrays.give(a);
        }
        assertSame(a, ArrayPool.floats(4_321));
    }

    @Test
    void parallelTasksNeverShareAnArray() {
        Set<float[]> held = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        AtomicInteger clashes = new AtomicInteger();
        try (TaskArrays arrays = new TaskArrays(97, 2_000)) {
            IntStream.range(0, 2_000).parallel().forEach(t -> {
                float[] a = arrays.take();
                if (!held.add(a)) {
                    clashes.incrementAndGet();
                }
                a[t % 97] = t;
                held.remove(a);
                arrays.give(a);
            });
        }
        assertEquals(0, clashes.get());
    }
}
