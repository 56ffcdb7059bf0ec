package org.snn4j.autograd.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** {@link ParallelTasks}: every task once, failures reach the caller, nesting works. */
class ParallelTasksTest {

    @Test
    void runsEveryTaskExactlyOnce() {
        for (int n : new int[] {0, 1, 2, 3, 17, 1_000}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(1, n));
            ParallelTasks.forEach(n, runs::incrementAndGet);
            for (int i = 0; i < n; i++) {
                assertEquals(1, runs.get(i), "n = " + n + ", task " + i);
            }
        }
    }

    @Test
    void resultsDependOnlyOnTheTaskNotOnTheThreadThatRanIt() {
        int n = 256;
        double[] first = new double[n];
        double[] second = new double[n];
        ParallelTasks.forEach(n, i -> first[i] = work(i));
        ParallelTasks.forEach(n, i -> second[i] = work(i));
        double[] serial = new double[n];
        for (int i = 0; i < n; i++) {
            serial[i] = work(i);
        }
        assertArrayEquals(serial, first);
        assertArrayEquals(serial, second);
    }

    @Test
    void aFailingTaskStopsTheRestAndReachesTheCaller() {
        AtomicInteger started = new AtomicInteger();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelTasks.forEach(10_000, i -> {
            started.incrementAndGet();
            if (i == 3) {
                throw new IllegalStateException("task 3 failed");
            }
            work(i);
        }));
        assertTrue(e.getMessage().contains("task 3 failed") || e.getCause() != null
                && e.getCause().getMessage().contains("task 3 failed"), e.toString());
        assertTrue(started.get() < 10_000, "tasks after the failure were not all started: " + started.get());
    }

    @Test
    void nestedCallsFromInsideATaskComplete() {
        AtomicInteger inner = new AtomicInteger();
        ParallelTasks.forEach(8, i -> ParallelTasks.forEach(8, j -> inner.incrementAndGet()));
        assertEquals(64, inner.get());
    }

    private static double work(int i) {
        double s = 0;
        for (int k = 1; k <= 200; k++) {
            s += Math.sqrt(i + k) / k;
        }
        return s;
    }
}
