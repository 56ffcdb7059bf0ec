package org.snn4j.autograd.backend;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs tasks {@code 0 … n − 1} on the calling thread and the common fork-join pool's workers, each
 * thread taking the next task not yet taken (self-scheduling) until none is left.
 *
 * <p>Why not {@code IntStream.range(0, n).parallel().forEach}: a parallel stream splits its range
 * into about {@code 4 × parallelism} leaves up front (with the two-core default, parallelism 1: four
 * leaves of {@code n/4} tasks), so when the leaves cost unequal amounts, or the pool's worker wakes
 * late, one thread finishes a quarter of the work alone while the other waits. JFR on the conv
 * N-MNIST training step (2-core AMD EPYC, AVX-512, thread-park events of the pool's worker,
 * 2026-12-07) found the worker parked for 24 % of the step; the main thread's samples in those
 * intervals were mostly the last leaves of the event convolution, the fused LIF kernel and the
 * event scan, besides the serial parts. Here a thread that finishes a task takes the next one, so
 * the wait at the end is at most one task. Measured on that step (same JVM, blocks of 5 steps
 * with one or the other alternating, 40 steps each): 0.959 and 0.973 of the stream's step time;
 * together with the event convolution's partial weight gradients summed in parallel, the worker's
 * parked time fell from 24 % to 19 % of the step.
 *
 * <p>Each task must write only its own outputs; which thread runs a task does not change what it
 * computes, so results that depend only on the task split stay independent of the thread count.
 * An exception thrown by a task stops the handing out of further tasks and is rethrown to the
 * caller after every running task has finished.
 */
public final class ParallelTasks {
    private ParallelTasks() {
    }

    /** Runs {@code body.accept(i)} for every {@code i} in {@code [0, n)}, in parallel (see the class comment). */
    public static void forEach(int n, IntConsumer body) {
        int helpers = Math.min(n - 1, ForkJoinPool.getCommonPoolParallelism());
        if (helpers <= 0) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            try {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    body.accept(i);
                }
            } catch (RuntimeException | Error e) {
                next.set(n);
                throw e;
            }
        };
        ForkJoinTask<?>[] forked = new ForkJoinTask<?>[helpers];
        for (int h = 0; h < helpers; h++) {
            forked[h] = ForkJoinTask.adapt(drain).fork();
        }
        Throwable failure = null;
        try {
            drain.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (ForkJoinTask<?> f : forked) {
            try {
                f.join();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }
}
