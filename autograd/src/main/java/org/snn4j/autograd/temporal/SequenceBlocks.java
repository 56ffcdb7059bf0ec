package org.snn4j.autograd.temporal;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.snn4j.autograd.backend.BlockScratch;
import org.snn4j.autograd.backend.ParallelTasks;

/**
 * A time-major sequence {@code [T, B, n1, …]} seen as the row-major matrix {@code [T, C]} with
 * {@code C = B·n1·…} columns (one column per neuron and sample), cut into blocks of at most
 * {@code width} columns for parallel work.
 *
 * <p>Columns are independent in every temporal kernel (this package's filters and delays, SLAYER's
 * fused neuron), so each block gathers its
 * columns into a scratch matrix {@code [T, w]} (rows contiguous: the inner loops run over
 * neighbouring neurons and vectorise), processes all T, and scatters the result back. Blocks run
 * in parallel on the common fork-join pool. The scratch matrices come from a per-thread pool that
 * {@link #forEach} recycles after each block, so a pass allocates nothing per block.
 *
 * @param steps   T
 * @param columns C
 * @param width   columns per block (the last block may be narrower)
 */
public record SequenceBlocks(int steps, int columns, int width) {
    /** Default block width: a [T, w] double block of a few hundred steps stays in the L2 cache. */
    public static final int WIDTH = 128;

    /** The blocks of a time-major {@code shape = [T, B, ...]} (rank ≥ 2). */
    public static SequenceBlocks of(String op, long[] shape) {
        if (shape.length < 2) {
            throw new IllegalArgumentException(op + ": expects a time-major sequence [T, B, ...], got shape "
                    + Arrays.toString(shape));
        }
        long c = 1;
        for (int i = 1; i < shape.length; i++) {
            c *= shape[i];
        }
        if (shape[0] < 1 || c < 1 || shape[0] * c > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(op + ": unsupported shape " + Arrays.toString(shape)
                    + " (T and B·N must be >= 1 and T·B·N < 2^31)");
        }
        return new SequenceBlocks((int) shape[0], (int) c, WIDTH);
    }

    public int count() {
        return (columns + width - 1) / width;
    }

    public int first(int block) {
        return block * width;
    }

    public int width(int block) {
        return Math.min(width, columns - first(block));
    }

    /**
     * Runs {@code body} for every block, in parallel; the {@link #scratch} arrays a block takes
     * return to its thread's pool when the block ends.
     */
    public void forEach(IntConsumer body) {
        ParallelTasks.forEach(count(), b -> BlockScratch.within(() -> body.accept(b)));
    }

    /** Copies the block's columns of the tensor buffer {@code src} into {@code blk}. */
    public void gather(ArrayRows src, int block, double[] blk) {
        int c0 = first(block);
        int w = width(block);
        for (int t = 0; t < steps; t++) {
            src.get(t * columns + c0, blk, t * w, w);
        }
    }

    /** Copies {@code blk} into the block's columns of the tensor buffer {@code dst}. */
    public void scatter(double[] blk, int block, ArrayRows dst) {
        int c0 = first(block);
        int w = width(block);
        for (int t = 0; t < steps; t++) {
            dst.put(t * columns + c0, blk, t * w, w);
        }
    }

    /**
     * A scratch array of {@code T·width(block)} doubles for one block, with undefined contents:
     * inside {@link #forEach} it is recycled from the thread's pool (valid until the block ends),
     * elsewhere freshly allocated.
     */
    public double[] scratch(int block) {
        return BlockScratch.current().take(steps * width(block));
    }
}
