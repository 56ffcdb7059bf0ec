package org.snn4j.autograd.backend;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The per-thread stack of scratch arrays of the blocked kernels (the temporal filters' and SLAYER's
 * {@code SequenceBlocks}, the fused neurons' blocks): a block's body takes arrays in order, and
 * {@link #leave} hands them back when the block ends, so the next block on the thread reuses them
 * instead of allocating. A SLAYER layer of T = 300 and 6 144 columns otherwise allocates and zeroes
 * about 70 MB per forward and backward pass, the fused LIF layers of the conv N-MNIST step about
 * 70 MB per step (2026-12-06, JFR allocation samples). Besides the allocation itself, those arrays
 * were alive whenever a young collection ran in the middle of a pass, so the collection copied them
 * and, once the survivor space overflowed, promoted them together with the wrappers of native arrays
 * that then waited for a full collection to be freed.
 *
 * <p>Blocks a thread runs while it waits inside another block (fork-join work stealing) nest, and
 * nested blocks take arrays above the outer block's, so they never share one. The pool keeps the
 * arrays of its deepest use per thread. Unlike the event kernels' pool of whole-call work arrays
 * ({@link ArrayPool}, borrowed and returned across threads), these arrays never leave
 * their thread, and a block must not let one escape (return or store it) past its {@link #leave}.
 */
public final class BlockScratch {
    private static final ThreadLocal<BlockScratch> POOL = ThreadLocal.withInitial(BlockScratch::new);

    private final List<Object> arrays = new ArrayList<>();
    private int depth;
    private int top;

    private BlockScratch() {
    }

    /** The calling thread's pool. */
    public static BlockScratch current() {
        return POOL.get();
    }

    /**
     * Runs {@code body} as one block: the arrays it takes are handed back when it returns. The fused
     * neuron kernels, called per block hundreds of times a step, open their blocks with
     * {@link #enter} and {@link #leave} in a {@code finally} instead: with two such bodies the JIT
     * compiled this method with both inlined, 130–300 ms of C2 time inside {@code LifMlpMain}'s timed
     * steps (docs/PERFORMANCE.md, session 10).
     */
    public static <T> T within(Supplier<T> body) {
        BlockScratch pool = current();
        int mark = pool.enter();
        try {
            return body.get();
        } finally {
            pool.leave(mark);
        }
    }

    /** {@link #within(Supplier)} for a body without a result. */
    public static void within(Runnable body) {
        within(() -> {
            body.run();
            return null;
        });
    }

    /** Opens a block; returns the mark {@link #leave} restores. */
    public int enter() {
        depth++;
        return top;
    }

    /** Closes the block opened by the {@link #enter} that returned {@code mark}. */
    public void leave(int mark) {
        top = mark;
        depth--;
    }

    /** An array of exactly {@code n} doubles with undefined contents (fresh outside a block). */
    public double[] take(int n) {
        return (double[]) take(n, false);
    }

    /** An array of exactly {@code n} floats with undefined contents (fresh outside a block). */
    public float[] takeFloats(int n) {
        return (float[]) take(n, true);
    }

    private Object take(int n, boolean floats) {
        Class<?> type = floats ? float[].class : double[].class;
        if (depth == 0) {
            return floats ? new float[n] : new double[n];
        }
        Object a = slot();
        if (a == null || a.getClass() != type || Array.getLength(a) != n) {
            a = floats ? new float[n] : new double[n];
            arrays.set(top, a);
        }
        top++;
        return a;
    }

    /** The array at the top of the stack (null for a new slot). */
    private Object slot() {
        if (top == arrays.size()) {
            arrays.add(null);
        }
        return arrays.get(top);
    }
}
