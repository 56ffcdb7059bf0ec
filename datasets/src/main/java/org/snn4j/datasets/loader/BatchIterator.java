package org.snn4j.datasets.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.snn4j.autograd.train.Batch;

/**
 * The batches of one pass, filled ahead by one background {@link BatchWorker} thread.
 *
 * <p>The worker hands over finished batches through a bounded queue, so it is at most
 * {@code prefetch} batches ahead. The pass's thread ends when the last batch has been taken
 * ({@link #hasNext()} returning false joins it), when {@link #close()} is called (try-with-resources),
 * or, for a consumer that just stops iterating, when this iterator is garbage collected (a
 * {@link Cleaner} interrupts the worker, which never references the iterator).
 */
public final class BatchIterator implements Iterator<Batch>, AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();

    private final BatchWorker work;
    private final Thread worker;
    private final Cleaner.Cleanable cleanable;
    private Object lookahead;
    private boolean closed;

    BatchIterator(BatchWorker work) {
        this.work = work;
        this.worker = new Thread(work, "snn4j-loader");
        this.worker.setDaemon(true);
        this.worker.start();
        Thread t = worker;
        this.cleanable = CLEANER.register(this, t::interrupt);
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (lookahead == null) {
            try {
                lookahead = work.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the loader worker", e);
            }
        }
        if (lookahead == BatchWorker.END) {
            close();
            return false;
        }
        return true;
    }

    /**
     * Returns the next batch (its own arrays; it stays valid).
     *
     * @throws UncheckedIOException if a sample failed and bad samples are not skipped
     */
    @Override
    public Batch next() {
        if (!hasNext()) {
            throw new NoSuchElementException("pass finished");
        }
        Object item = lookahead;
        lookahead = null;
        if (item instanceof BatchWorker.Failure f) {
            close();
            String msg = "sample " + f.index() + " (" + f.id() + ") failed: " + f.cause().getMessage();
            IOException io = f.cause() instanceof IOException e ? e : new IOException(f.cause().getMessage(), f.cause());
            throw new UncheckedIOException(msg, io);
        }
        return (Batch) item;
    }

    /** Samples skipped so far in this pass (empty unless {@link LoaderConfig#skipBadSamples()}). */
    public List<SkippedSample> skipped() {
        return work.skipped();
    }

    /** Stops the worker and waits for its thread to end. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cleanable.clean();
    }

    /** True once the worker's thread has ended. */
    public boolean finished() {
        return !worker.isAlive();
    }
}
