package org.snn4j.datasets.cache;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes of Java heap that memory caches may fill, shared by the caches of one run (the training
 * and the test split). Once the budget is spent, further samples are not
 * cached and are read from their source on every pass, so the heap a cache takes is bounded by the
 * budget, never by the dataset.
 *
 * <p><b>Default rule:</b> {@link #fromHeap()} allows one sixteenth of the maximum heap
 * ({@code Runtime.maxMemory() / 16}): 128 MiB under the launcher's default {@code -Xmx2g}. A packed
 * real N-MNIST recording ({@link PackedSample}) takes about 3.8 KB as 10 time frames and 5.2 KB as
 * 300 × 1 ms SLAYER spike bins ({@code MemoryCacheSizeTest}, on the shared subset), so the 1,000/100
 * presets are served entirely from memory after their first epoch, about 30,000 framed recordings
 * fit, and the rest of the heap is left to training.
 */
public final class MemoryBudget {
    /** The heap fraction of {@link #fromHeap()}: 1 / {@value}. */
    public static final int HEAP_FRACTION = 16;

    private final long limit;
    private final AtomicLong used = new AtomicLong();

    /** A budget of {@code bytes} (0 disables caching). */
    public MemoryBudget(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must be >= 0, got " + bytes);
        }
        this.limit = bytes;
    }

    /** The default budget: the maximum heap / {@value #HEAP_FRACTION}. */
    public static MemoryBudget fromHeap() {
        return new MemoryBudget(Runtime.getRuntime().maxMemory() / HEAP_FRACTION);
    }

    /** Reserves {@code bytes} if they still fit; false (and nothing reserved) otherwise. */
    public boolean tryReserve(long bytes) {
        while (true) {
            long u = used.get();
            if (u + bytes > limit) {
                return false;
            }
            if (used.compareAndSet(u, u + bytes)) {
                return true;
            }
        }
    }

    /** Gives back {@code bytes} reserved earlier. */
    public void release(long bytes) {
        used.addAndGet(-bytes);
    }

    /** Bytes reserved so far. */
    public long used() {
        return used.get();
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
