package org.snn4j.autograd.backend;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Releases the native buffers of dead arrays by making the JVM collect: a young collection
 * ({@link YoungCollection}) once a quarter of {@link #thresholdBytes()} of op outputs and
 * gradients was produced since the last young collection (one the heap ran on its own when its
 * eden filled counts too: it frees the dead buffers as well; until 2026-12-07 only the forced ones
 * restarted the count), and a full one once those produced since the last full collection, less
 * those the collector has reclaimed meanwhile, reach the whole budget.
 *
 * <p>Why this exists: nd4j-native allocates an array's data off the Java heap and frees it only
 * when the small Java object that owns it is collected. Neither JavaCPP's {@code maxbytes} (those
 * buffers are not JavaCPP pointers) nor ND4J's periodic-GC setting (not consulted on the CPU
 * backend) triggers that collection, and a training step makes almost no heap garbage, so the JVM
 * rarely collects. Measured on the {@code mnist-ann-cnn} model, batch 64, Adam: resident memory
 * grew by ~35 MB per step (21 GB after 600 steps); with a collection every step it stayed at
 * 300 MB. The engine reports every array it records ({@code Graph.record} outputs and the
 * gradients of the reverse walk) here, so the resident set stays near the budget whatever the
 * model, for CLI runs and for library users alike.
 *
 * <p>What is counted: each reported array is followed by a weak reference to the buffer that owns
 * its memory (for a view, its root buffer; a view counts its bytes again, which makes the budget
 * fill, and the collections come, a little sooner than the memory alone would: leaving views out
 * measured 40–60 % more peak RSS on the LIF-MLP and conv bench steps, loaded machine). When any
 * collection, young or full, finds that buffer unreachable, nd4j frees its memory and the
 * reference is queued; its bytes then leave the count.
 * So the count is the native memory produced since the last forced full collection that no
 * collection has freed yet: live arrays plus dead ones still waiting, never more than the budget
 * above what was live at that collection. A young collection is cheap (it copies only the few
 * survivors) and frees the arrays of the last steps that died young; a training step makes little
 * heap garbage of its own (its work arrays are pooled), so without the quarter-budget young
 * collections the dead native buffers would wait for the full one. Arrays promoted to the old
 * generation before dying wait for the next full collection. References
 * queued after a forced collection belong to arrays produced before it, which the reset already
 * forgot; each reference therefore carries the number of the collection period it was made in and
 * counts only in that period. {@link #produced(long)} (bytes with no array) counts until the next
 * forced collection. A buffer the engine frees itself ({@link BackwardBuffers}: the gradients of a
 * reverse pass) leaves the count, and the quarter-budget count, when it is freed ({@link #released}).
 *
 * <p>The budget is {@value #DEFAULT_THRESHOLD_BYTES} bytes by default; set it with the system
 * property {@code snn4j.gcAfterBytes} (0 turns the mechanism off) or {@link #setThresholdBytes}.
 */
public final class NativeMemoryPressure {
    /** Default budget between collections: 1 GiB. */
    public static final long DEFAULT_THRESHOLD_BYTES = 1L << 30;

    /** Bytes produced since the last forced collection and not yet seen reclaimed. */
    private static final AtomicLong OUTSTANDING = new AtomicLong();
    private static final AtomicLong COLLECTIONS = new AtomicLong();
    private static final AtomicLong YOUNG_COLLECTIONS = new AtomicLong();
    /** A young collection after every {@code budget / YOUNG_PER_BUDGET} bytes produced. */
    private static final int YOUNG_PER_BUDGET = 4;
    /** Bytes produced (not net of reclaimed ones) since the last young or full collection. */
    private static final AtomicLong SINCE_YOUNG = new AtomicLong();
    /** The young collector's count when {@link #SINCE_YOUNG} last started from zero. */
    private static final AtomicLong YOUNG_SEEN = new AtomicLong(YoungCollection.count());
    private static final ReferenceQueue<Object> RECLAIMED = new ReferenceQueue<>();
    /** Keeps the weak references reachable until the collector queues them. */
    private static final Set<Produced> WATCHED = ConcurrentHashMap.newKeySet();
    private static volatile long threshold = Long.getLong("snn4j.gcAfterBytes", DEFAULT_THRESHOLD_BYTES);

    private NativeMemoryPressure() {
    }

    /** Accounts for a newly produced array (null is ignored) until a collection reclaims its buffer. */
    public static void produced(INDArray array) {
        if (array != null && threshold > 0) {
            long bytes = array.length() * array.dataType().width();
            drain();
            WATCHED.add(new Produced(root(array.data()), bytes, COLLECTIONS.get(), RECLAIMED));
            add(bytes);
        }
    }

    /** Accounts for {@code bytes} of newly allocated native memory, until the next forced collection. */
    public static void produced(long bytes) {
        if (threshold > 0) {
            drain();
            add(bytes);
        }
    }

    /**
     * Takes an explicitly freed buffer ({@link BackwardBuffers#free}) out of the count: every array
     * reported over {@code root} stops being followed, and its bytes leave the budget (they count no
     * more towards a young collection either). Call it before the memory is freed.
     */
    static void released(DataBuffer root) {
        if (threshold <= 0) {
            return;
        }
        drain();
        long period = COLLECTIONS.get();
        long bytes = 0;
        for (Produced p : WATCHED) {
            if (p.get() == root && WATCHED.remove(p)) {
                p.clear();   // a cleared reference is never queued, so take() cannot count it out again
                if (p.period == period) {
                    OUTSTANDING.addAndGet(-p.bytes);
                }
                bytes += p.bytes;
            }
        }
        long out = bytes;
        SINCE_YOUNG.updateAndGet(v -> Math.max(0, v - out));
    }

    /** The bytes counted against the budget now (produced since the last forced collection, not yet reclaimed). */
    public static long outstandingBytes() {
        drain();
        return OUTSTANDING.get();
    }

    /** The current budget in bytes; 0 means off. */
    public static long thresholdBytes() {
        return threshold;
    }

    /** Sets the budget in bytes; 0 turns the forced collections off. */
    public static void setThresholdBytes(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("snn4j.gcAfterBytes must be >= 0, got " + bytes);
        }
        threshold = bytes;
    }

    /** How many full collections this mechanism has requested since the JVM started. */
    public static long collections() {
        return COLLECTIONS.get();
    }

    /** How many young collections this mechanism has made run since the JVM started. */
    public static long youngCollections() {
        return YOUNG_COLLECTIONS.get();
    }

    /** Bytes produced since the last young collection, forced or not (tests). */
    static long sinceYoung() {
        return SINCE_YOUNG.get();
    }

    private static void add(long bytes) {
        long limit = threshold;
        if (limit <= 0) {
            return;
        }
        if (OUTSTANDING.addAndGet(bytes) >= limit) {
            OUTSTANDING.set(0);
            SINCE_YOUNG.set(0);
            COLLECTIONS.incrementAndGet();
            System.gc();
        } else {
            long seen = YoungCollection.count();
            if (YOUNG_SEEN.getAndSet(seen) != seen) {
                SINCE_YOUNG.set(0);   // a young collection ran since (the heap filled): it freed the dead buffers already
            }
            if (SINCE_YOUNG.addAndGet(bytes) >= limit / YOUNG_PER_BUDGET) {
                SINCE_YOUNG.set(0);
                if (YoungCollection.run()) {
                    YOUNG_COLLECTIONS.incrementAndGet();
                }
                YOUNG_SEEN.set(YoungCollection.count());
            }
        }
    }

    /** Takes the bytes of every buffer reclaimed since the last call out of the count. */
    private static void drain() {
        for (Reference<?> r = RECLAIMED.poll(); r != null; r = RECLAIMED.poll()) {
            take((Produced) r);
        }
    }

    private static void take(Produced p) {
        WATCHED.remove(p);
        if (p.period == COLLECTIONS.get()) {
            OUTSTANDING.addAndGet(-p.bytes);
        }
    }

    /** The buffer that owns the memory of {@code b} (a view's buffer points to its original). */
    public static DataBuffer root(DataBuffer b) {
        DataBuffer r = b;
        while (r.originalDataBuffer() != null && r.originalDataBuffer() != r) {
            r = r.originalDataBuffer();
        }
        return r;
    }

    /** A weak reference to a reported array's buffer, with its size and collection period. */
    private static final class Produced extends WeakReference<Object> {
        final long bytes;
        final long period;

        Produced(Object buffer, long bytes, long period, ReferenceQueue<Object> queue) {
            super(buffer, queue);
            this.bytes = bytes;
            this.period = period;
        }
    }
}
