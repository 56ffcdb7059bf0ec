package org.snn4j.datasets.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one worker on several daemon threads and waits for all of them; the workers share their
 * work through a queue or counter of their own (the cache preprocessor, the DVS emulator).
 */
public final class ParallelWorkers {
    private ParallelWorkers() {
    }

    /**
     * Starts {@code threads} copies of {@code worker} on threads named {@code threadName} and waits
     * for all of them. A worker's unchecked exception (for example an {@code UncheckedIOException})
     * is rethrown as it is; a checked one is wrapped in an {@link IllegalStateException}.
     */
    public static void run(String threadName, int threads, Runnable worker) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(threadName + " worker failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
