package org.snn4j.autograd.backend;

import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataBuffer;

/**
 * The native buffers ({@link UnfilledArrays}) allocated on one thread during one reverse pass, which
 * the engine may free the moment it knows them dead, instead of leaving them for a collection.
 *
 * <p>Why: nd4j-native's memory and {@link UnfilledArrays}' both go back only when a collection finds
 * the buffer's Java object dead, so a training step that makes a few hundred MB of arrays needs
 * several forced young collections ({@link NativeMemoryPressure}) and waits for them. The input
 * gradients a reverse pass hands from node to node are the largest part of that memory that
 * nothing outside the pass can hold: the engine made them (through a rule) and passes them only to
 * the next rule, which consumes them. {@code Graph.backward} opens a record for the pass
 * ({@link #open}), asks to {@link #free} each gradient's buffer once no pending gradient refers to
 * it any more, and closes the record at the end. Only buffers born on this thread while the record
 * was open are ever freed: anything made before the pass (forward values a rule kept, a seed the
 * caller passed) or on another thread is left to the collector, as before. The leaves' gradients
 * are copies ({@code Tensor.accumulateGrad}), so nothing given out by the pass is freed.
 *
 * <p>Freeing runs the buffer's cleaning action at once ({@link Cleaner.Cleanable#clean}: the same
 * {@code free} the collector would run later, then never again) and takes its bytes out of
 * {@link NativeMemoryPressure}'s count. glibc then hands the same memory to the next allocation of
 * that size, so a pass reuses, while still in cache, what the pass before it released.
 */
public final class BackwardBuffers implements AutoCloseable {
    private static final ThreadLocal<BackwardBuffers> OPEN = new ThreadLocal<>();

    /**
     * The buffers born under this record by identity hash; held weakly, so one that dies inside a rule
     * is still collected (and freed by its cleaning action) as before.
     */
    private final Map<Integer, List<Born>> born = new HashMap<>();
    private final BackwardBuffers outer;
    private long freedBytes;

    private BackwardBuffers(BackwardBuffers outer) {
        this.outer = outer;
    }

    /** Starts recording this thread's {@link UnfilledArrays} allocations (nested records stack). */
    public static BackwardBuffers open() {
        BackwardBuffers b = new BackwardBuffers(OPEN.get());
        OPEN.set(b);
        return b;
    }

    /** Called by {@link UnfilledArrays} for each buffer it makes: recorded when a record is open on this thread. */
    static void born(DataBuffer buffer, Cleaner.Cleanable free, long bytes) {
        BackwardBuffers b = OPEN.get();
        if (b != null) {
            b.born.computeIfAbsent(System.identityHashCode(buffer), k -> new ArrayList<>(1))
                    .add(new Born(new WeakReference<>(buffer), free, bytes));
        }
    }

    /**
     * Frees {@code root} (the buffer that owns an array's memory, {@link NativeMemoryPressure#root})
     * when this record saw it born; returns whether it did. The caller guarantees that no array over
     * it is used again.
     */
    public boolean free(DataBuffer root) {
        Born b = take(root);
        if (b == null) {
            return false;
        }
        NativeMemoryPressure.released(root);
        b.free.clean();
        freedBytes += b.bytes;
        return true;
    }

    /** The record of {@code root}, removed from the map; null when not born here. */
    private Born take(DataBuffer root) {
        List<Born> same = born.get(System.identityHashCode(root));
        if (same == null) {
            return null;
        }
        for (int i = 0; i < same.size(); i++) {
            Born b = same.get(i);
            if (b.buffer.get() == root) {
                same.remove(i);
                if (same.isEmpty()) {
                    born.remove(System.identityHashCode(root));
                }
                return b;
            }
        }
        return null;
    }

    /** Bytes freed through this record so far. */
    public long freedBytes() {
        return freedBytes;
    }

    /** Stops recording; buffers not freed stay with the collector. */
    @Override
    public void close() {
        born.clear();
        if (outer == null) {
            OPEN.remove();
        } else {
            OPEN.set(outer);
        }
    }

    private record Born(WeakReference<DataBuffer> buffer, Cleaner.Cleanable free, long bytes) {
    }
}
