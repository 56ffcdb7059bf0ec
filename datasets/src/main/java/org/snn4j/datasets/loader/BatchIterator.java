package org.snn4j.datasets.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.random.RandomGenerator;

/**
 * The batches of one epoch, filled ahead by one background worker thread.
 *
 * <p><b>Buffer protocol.</b> The loader owns a fixed pool of {@code prefetch + 2} batch buffers.
 * The worker takes a free buffer, fills it and puts it on the ready queue (bounded, so the worker
 * is at most {@code prefetch} batches ahead). {@link #next()} first hands the batch returned by the
 * previous call back to the free pool, then takes the next ready one: the consumer owns exactly one
 * buffer at a time, the worker never writes a buffer the consumer holds, and in steady state no
 * arrays are allocated. Close the iterator (try-with-resources) to stop the worker early.
 */
public final class BatchIterator implements Iterator<Batch>, AutoCloseable {
    private static final Object END = new Object();

    private final SampleSource source;
    private final LoaderConfig config;
    private final int[] order;
    private final RandomGenerator rng;
    private final BlockingQueue<BatchBuffer> free;
    private final BlockingQueue<Object> ready;
    private final List<SkippedSample> skipped = Collections.synchronizedList(new ArrayList<>());
    private final Thread worker;
    private BatchBuffer held;
    private Object lookahead;
    private boolean closed;

    private record Failure(int index, String id, Throwable cause) {
    }

    BatchIterator(SampleSource source, LoaderConfig config, int epoch, int[] order, RandomGenerator rng,
                  List<BatchBuffer> pool) {
        this.source = source;
        this.config = config;
        this.order = order;
        this.rng = rng;
        this.free = new ArrayBlockingQueue<>(pool.size(), false, pool);
        this.ready = new ArrayBlockingQueue<>(pool.size() + 1);
        this.worker = new Thread(this::work, "snn4j-loader-epoch-" + epoch);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (lookahead == null) {
            try {
                lookahead = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the loader worker", e);
            }
        }
        return lookahead != END;
    }

    /**
     * Returns the next batch; the previous one becomes invalid.
     *
     * @throws UncheckedIOException if a sample failed and bad samples are not skipped
     */
    @Override
    public Batch next() {
        if (!hasNext()) {
            throw new NoSuchElementException("epoch finished");
        }
        release();
        Object item = lookahead;
        lookahead = null;
        if (item instanceof Failure f) {
            lookahead = END;
            String msg = "sample " + f.index() + " (" + f.id() + ") failed: " + f.cause().getMessage();
            IOException io = f.cause() instanceof IOException e ? e : new IOException(f.cause().getMessage(), f.cause());
            throw new UncheckedIOException(msg, io);
        }
        held = (BatchBuffer) item;
        return held.batch();
    }

    /** Samples skipped so far in this epoch (empty unless {@link LoaderConfig#skipBadSamples()}). */
    public List<SkippedSample> skipped() {
        synchronized (skipped) {
            return List.copyOf(skipped);
        }
    }

    /** Stops the worker and invalidates the last batch. Idempotent. */
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
    }

    /** True once the worker finished (all batches produced) or the iterator was closed. */
    boolean finished() {
        return closed || !worker.isAlive();
    }

    private void release() {
        if (held != null) {
            free.add(held);
            held = null;
        }
    }

    private void work() {
        try {
            int pos = 0;
            while (pos < order.length) {
                BatchBuffer buf = free.take();
                int n = 0;
                while (n < config.batchSize() && pos < order.length) {
                    int index = order[pos++];
                    if (fillOne(buf, n, index)) {
                        n++;
                    } else if (!config.skipBadSamples()) {
                        return;
                    }
                }
                if (n == 0 || (n < config.batchSize() && config.dropLast())) {
                    free.add(buf);
                    break;
                }
                buf.publish(n);
                ready.put(buf);
            }
            ready.put(END);
        } catch (InterruptedException e) {
            // closed early: the buffers stay in the loader's pool for the next epoch
        } catch (Throwable t) {
            ready.offer(new Failure(-1, "loader worker", t));
        }
    }

    /** Fills slot b with sample index; on failure records it (skip) or posts it (fail). */
    private boolean fillOne(BatchBuffer buf, int b, int index) throws InterruptedException {
        try {
            source.fill(index, buf.sample(b), rng);
            buf.setSample(b, index, source.label(index));
            return true;
        } catch (IOException | RuntimeException e) {
            String id = source.id(index);
            if (config.skipBadSamples()) {
                skipped.add(new SkippedSample(index, id, String.valueOf(e.getMessage())));
            } else {
                ready.put(new Failure(index, id, e));
            }
            return false;
        }
    }
}
