package org.snn4j.autograd.ops.sparse;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.ArrayPool;
import org.snn4j.autograd.backend.CacheLines;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.backend.ParallelTasks;
import org.snn4j.autograd.backend.TaskArrays;

/**
 * The float32 products of {@link EventSynapse} on operands packed by column blocks and zero padded
 * to whole vectors ({@link PackedSlices} for {@code Wᵀ}, a per-block heap copy for {@code G}), each
 * copy starting on a cache line ({@link CacheLines}: every row segment a vector loads is then one
 * whole line, which made the gather loop 1.3–1.5 times faster than crossing lines):
 * <pre>
 * forward   y[r, o] = b[o] + Σ_{j ∈ events of row r, ascending} v·Wᵀ[j, o]
 * weights   ∂Wᵀ[j, o] = Σ_{r ∈ events of column j, ascending} v·G[r, o]
 * </pre>
 * Loop order: column block (outer), then output row ({@code r}, resp. {@code j}), then the row's
 * events ({@link RowSums#gather}, the block's columns held in vector registers). Each output element
 * is therefore still summed by one pass over its events in event order, starting from {@code b[o]}
 * or 0, multiply-then-add (the multiply left out for binary events): the packing changes where the
 * operand rows lie in memory and adds zero padding columns that are never written back, not the
 * order or the operands of any sum, so the results are bit-identical to the unpacked loop and to
 * {@link RowSums#gatherScalar}.
 *
 * <p>Measured and not taken (fc1 shape, 13 %, process CPU time of all threads per call, A/B of two
 * builds in one JVM, 40 calls each, medians, 2-core machine shared with other work): cutting each
 * column block into input-column segments of 96 KB of {@code Wᵀ} (the rows' events continued in
 * place, bit-identical) ran forward at 19.7–20.4 ms in every JVM, where one pass ran at either
 * 16.5–17.2 or 21.4–23.0 ms depending on the JVM (see {@link VectorRowSums}), so the same on average, and
 * 3–17 % slower at 3 % density (fewer events per segment); 24–48 KB (L1-sized) segments 0–30 %
 * slower. The same cut over rows of {@code G} (96–384 KB, 64- or 128-column blocks) changed the
 * weight gradient within noise (16–20 ms either way).
 */
final class FloatEventSynapse {
    /** Rows of the output per forward task. */
    static final int ROWS = 128;

    private FloatEventSynapse() {
    }

    /** {@code x·Wᵀ (+ b)} for {@code w [n, K]} (float32) and {@code bias} ({@code [n]} or null): a new {@code [R, n]}. */
    static INDArray forward(SpikeEvents x, NativeArrays w, NativeArrays bias, int n) {
        int k = x.cols;
        int np = PackedSlices.padded(n);
        int bw = EventSynapse.blockWidth(k, np);
        NativeArrays out = NativeArrays.allocate(DataType.FLOAT, x.rows, n);
        float[] wp = ArrayPool.floats(k * np + CacheLines.FLOATS);
        float[] b = new float[np];
        try {
            int at = CacheLines.alignedStart(wp);
            float[] a = ArrayPool.floats(n * k);
            try {
                w.get(0, a, 0, n * k);
                PackedSlices.packTransposed(a, n, k, bw, wp, at);
            } finally {
                ArrayPool.give(a);
            }
            if (bias != null) {
                bias.get(0, b, 0, n);
            }
            int tasks = (x.rows + ROWS - 1) / ROWS;
            try (TaskArrays tiles = new TaskArrays(Math.min(ROWS, x.rows) * np, tasks)) {
                ParallelTasks.forEach(tasks, t -> {
                    int r0 = t * ROWS;
                    int rn = Math.min(x.rows, r0 + ROWS) - r0;
                    float[] tile = tiles.take();
                    try {
                        for (int o0 = 0; o0 < np; o0 += bw) {
                            int width = Math.min(bw, np - o0);
                            for (int i = 0; i < rn; i++) {
                                RowSums.gather(x.col, x.value, x.rowStart[r0 + i], x.rowStart[r0 + i + 1], wp,
                                        at + o0 * k, width, b, o0, tile, i * np + o0, width);
                            }
                        }
                        if (np == n) {
                            out.put(r0 * n, tile, 0, rn * n);
                        } else {
                            for (int i = 0; i < rn; i++) {
                                out.put((r0 + i) * n, tile, i * np, n);
                            }
                        }
                    } finally {
                        tiles.give(tile);
                    }
                });
            }
        } finally {
            ArrayPool.give(wp);
        }
        return out.array();
    }

    /**
     * {@code Gᵀ·x} for the events {@code c} of {@code x [rows, k]} by column and {@code g [rows, n]}
     * (float32): a new {@code [n, k]}. Each task takes a column block (and, when there are fewer blocks
     * than threads, a range of input columns {@code j}), copies {@code G[:, block]} to the heap (zero
     * padded to the block's vector width) right before gathering from it, so the copy is still in the
     * core's L2 cache (measured: packing all of {@code G} first and gathering afterwards was slower),
     * gathers {@code ∂Wᵀ[j, block]} (starting from zero, not from a zero-filled accumulator) and
     * writes it transposed into {@code ∂W}. With {@code biasSums} (length {@code n}, zero), the task
     * that starts at input column 0 adds each copied row of its block to {@code biasSums[block]} (rows
     * ascending, float64): the bias gradient {@code Σ_r G[r, o]}.
     */
    static INDArray weightGradient(SpikeColumns.Csc c, int rows, int k, NativeArrays g, int n, double[] biasSums) {
        int np = PackedSlices.padded(n);
        int bw = EventSynapse.blockWidth(rows, np);
        NativeArrays out = NativeArrays.allocate(DataType.FLOAT, n, k);
        int blocks = (np + bw - 1) / bw;
        int parts = EventSynapse.weightGradientParts(k, blocks);
        int span = (k + parts - 1) / parts;
        int tasks = blocks * parts;
        try (TaskArrays gbs = new TaskArrays(rows * Math.min(bw, np) + CacheLines.FLOATS, tasks);
             TaskArrays accs = new TaskArrays(span * Math.min(bw, np), tasks)) {
            ParallelTasks.forEach(tasks, t -> {
                int o0 = t / parts * bw;
                int width = Math.min(bw, np - o0);
                int real = Math.min(width, n - o0);
                int j0 = t % parts * span;
                int j1 = Math.min(k, j0 + span);
                if (j0 >= j1) {
                    return;
                }
                float[] gb = gbs.take();
                float[] acc = accs.take();
                try {
                    int at = CacheLines.alignedStart(gb);
                    boolean sums = biasSums != null && j0 == 0;   // one task per column block
                    for (int r = 0; r < rows; r++) {
                        int row = at + r * width;
                        g.get(r * n + o0, gb, row, real);
                        if (real < width) {
                            Arrays.fill(gb, row + real, row + width, 0f);
                        }
                        if (sums) {
                            for (int o = 0; o < real; o++) {
                                biasSums[o0 + o] += gb[row + o];
                            }
                        }
                    }
                    float[] zero = new float[width];
                    int[] start = c.start();
                    for (int j = j0; j < j1; j++) {
                        RowSums.gather(c.row(), c.value(), start[j], start[j + 1], gb, at, width, zero, 0, acc,
                                (j - j0) * width, width);
                    }
                    float[] line = new float[j1 - j0];
                    for (int o = 0; o < real; o++) {
                        for (int j = 0; j < line.length; j++) {
                            line[j] = acc[j * width + o];
                        }
                        out.put((o0 + o) * k + j0, line, 0, line.length);
                    }
                } finally {
                    accs.give(acc);
                    gbs.give(gb);
                }
            });
        }
        return out.array();
    }
}
