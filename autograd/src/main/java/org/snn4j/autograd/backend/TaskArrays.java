package org.snn4j.autograd.backend;

import java.util.concurrent.ForkJoinPool;

/**
 * The float work arrays of one length for the tasks of one parallel call: as many as threads can
 * run its tasks at once (the common fork-join pool's parallelism plus the calling thread, at most
 * the number of tasks), taken from {@link ArrayPool} before the tasks start, handed to a task by
 * {@link #take} and back by {@link #give}, and returned to the pool by {@link #close}.
 *
 * <p>Why not {@link ArrayPool} inside the tasks: the JIT inlines the pool's lookup into the task
 * body, the kernel's hottest compiled method, and the lookup's rare outcome (an empty free list,
 * when one more thread joins the call than there are pooled arrays) was first met in
 * {@code LifMlpMain}'s timed steps, where it made C2 discard and recompile the whole body (60–100 ms
 * of compile time, the body meanwhile slower; docs/PERFORMANCE.md, session 10). Here a task's take
 * always finds an array, unless the pool ran more threads than its parallelism (compensating for a
 * blocked one); then it gets a fresh array, which {@link #close} pools.
 */
public final class TaskArrays implements AutoCloseable {
    private final float[][] free;
    private final int length;
    private int top;

    /** Pools arrays of {@code length} floats for a call of {@code tasks} parallel tasks. */
    public TaskArrays(int length, int tasks) {
        this.length = length;
        this.free = new float[Math.max(1, Math.min(tasks, ForkJoinPool.getCommonPoolParallelism() + 1))][];
        for (int i = 0; i < free.length; i++) {
            free[i] = ArrayPool.floats(length);
        }
        top = free.length;
    }

    /** An array of the call's length, contents undefined, for one task until its {@link #give}. */
    public synchronized float[] take() {
        return top > 0 ? free[--top] : new float[length];
    }

    /** Hands back an array from {@link #take}; the task must not use it afterwards. */
    public synchronized void give(float[] a) {
        if (top < free.length) {
            free[top++] = a;
        } else {
            ArrayPool.give(a);
        }
    }

    /** Returns the arrays to {@link ArrayPool}; call it after every task has finished. */
    @Override
    public synchronized void close() {
        for (int i = 0; i < top; i++) {
            ArrayPool.give(free[i]);
            free[i] = null;
        }
        top = 0;
    }
}
