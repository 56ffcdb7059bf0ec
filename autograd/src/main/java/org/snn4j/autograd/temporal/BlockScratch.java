package org.snn4j.autograd.temporal;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-thread stack of block scratch arrays behind {@link SequenceBlocks#scratch}: a block's
 * body takes arrays in order, and {@link SequenceBlocks#forEach} hands them back when the block
 * ends, so the next block on the thread reuses them instead of allocating (a SLAYER layer of
 * T = 300 and 6 144 columns otherwise allocates and zeroes about 70 MB per forward and backward
 * pass). Blocks a thread runs while it waits inside another block (fork-join work stealing) nest,
 * and nested blocks take arrays above the outer block's, so they never share one. The pool keeps
 * the arrays of its deepest use (a few {@code [T, 128]} blocks per thread). Unlike the event
 * kernels' pool of whole-call work arrays ({@code ops/sparse/ScratchPool}, borrowed and returned
 * across threads), these arrays never leave their thread and need no return call.
 */
final class BlockScratch {
    private static final ThreadLocal<BlockScratch> POOL = ThreadLocal.withInitial(BlockScratch::new);

    private final List<double[]> arrays = new ArrayList<>();
    private int depth;
    private int top;

    private BlockScratch() {
    }

    static BlockScratch current() {
        return POOL.get();
    }

    /** Opens a block; returns the mark {@link #leave} restores. */
    int enter() {
        depth++;
        return top;
    }

    /** Closes the block opened by the {@link #enter} that returned {@code mark}. */
    void leave(int mark) {
        top = mark;
        depth--;
    }

    /** An array of exactly {@code n} doubles with undefined contents (fresh outside a block). */
    double[] take(int n) {
        if (depth == 0) {
            return new double[n];
        }
        if (top == arrays.size()) {
            arrays.add(new double[n]);
        } else if (arrays.get(top).length != n) {
            arrays.set(top, new double[n]);
        }
        return arrays.get(top++);
    }
}
