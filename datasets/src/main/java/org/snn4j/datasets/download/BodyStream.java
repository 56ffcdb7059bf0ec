package org.snn4j.datasets.download;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Pull-style view of an HTTP response body with a stall timeout: {@link #next()} waits at most
 * {@code stall} for more bytes, then cancels the exchange (closing the connection) and throws, so
 * a dead connection becomes a retryable error instead of a hang. One chunk is requested at a
 * time, so at most one chunk list is buffered.
 */
final class BodyStream implements Flow.Subscriber<List<ByteBuffer>> {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Duration stall;
    private Flow.Subscription subscription;
    private boolean cancelled;
    private Iterator<ByteBuffer> current;

    BodyStream(Duration stall) {
        this.stall = stall;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable t) {
        queue.add(t);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    /** The next chunk, or null at the end of the body. */
    ByteBuffer next() throws IOException {
        while (current == null || !current.hasNext()) {
            Object item = poll();
            if (item == END) {
                return null;
            }
            if (item instanceof Throwable t) {
                throw t instanceof IOException io ? io : new IOException(t.getMessage(), t);
            }
            @SuppressWarnings("unchecked")
            List<ByteBuffer> list = (List<ByteBuffer>) item;
            current = list.iterator();
            request();
        }
        return current.next();
    }

    /** Stops the transfer and releases the connection. */
    synchronized void cancel() {
        cancelled = true;
        if (subscription != null) {
            subscription.cancel();
        }
    }

    private Object poll() throws IOException {
        try {
            Object item = queue.poll(stall.toMillis(), TimeUnit.MILLISECONDS);
            if (item == null) {
                cancel();
                throw new IOException("no data received for " + stall.toMillis() + " ms (connection stalled)");
            }
            return item;
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("download interrupted");
        }
    }

    private synchronized void request() {
        if (!cancelled && subscription != null) {
            subscription.request(1);
        }
    }
}
