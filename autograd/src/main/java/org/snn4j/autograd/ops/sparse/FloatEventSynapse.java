package org.snn4j.autograd.ops.sparse;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.ArrayPool;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * The float32 products of {@link EventSynapse} on operands packed by column blocks and zero padded
 * to whole vectors ({@link PackedSlices} for {@code Wᵀ}, a per-block heap copy for {@code G}):
 * <pre>
 * forward   y[r, o] = b[o] + Σ_{j ∈ events of row r, ascending} v·Wᵀ[j, o]
 * weights   ∂Wᵀ[j, o] = Σ_{r ∈ events of column j, ascending} v·G[r, o]
 * </pre>
 * Loop order: column block (outer), then (forward only) input-column segment ({@link #SEGMENT_BYTES}),
 * then output row ({@code r}, resp. {@code j}), then the row's events ({@link RowSums#gather}, the
 * block's columns held in vector registers, started from {@code b[o]} or 0, resp. from the previous
 * segment's partial sums). Each output element is therefore still summed over its events in event
 * order, starting from {@code b[o]} or 0, multiply-then-add (the multiply left out for binary
 * events): the segments and the packing change where the
 * operand rows lie in memory and adds zero padding columns that are never written back, not the
 * order or the operands of any sum, so the results are bit-identical to the unpacked loop and to
 * {@link RowSums#gatherScalar}.
 */
final class FloatEventSynapse {
    /** Rows of the output per forward task. */
    static final int ROWS = 128;
    /**
     * The forward pass reads the rows of {@code Wᵀ} of one column block in passes over at most this
     * many bytes (input columns {@code [h·K/S, (h+1)·K/S)}, S = {@link #segments}), each row's events
     * continuing in place from the previous pass. Measured at the fc1 shape (K = 784, 128-column
     * blocks of 401 KB, so 5 passes of 80 KB), process CPU time of scan + forward, same-JVM A/B on
     * the loaded 2-core machine: 8–13 % less than one pass (96 KB: ratios 0.71–0.94, 192 KB:
     * 0.91–0.93 in 4 of 5 JVMs; 48 KB: 1.0–1.3 and 24 KB (L1-sized): 1.2–1.25, the extra loads and
     * stores of the output rows outweigh). Weight-gradient passes over row ranges of {@code G} did not win.
     */
    static final long SEGMENT_BYTES = 96 << 10;

    private FloatEventSynapse() {
    }

    /** {@code x·Wᵀ (+ b)} for {@code w [n, K]} (float32) and {@code bias} ({@code [n]} or null): a new {@code [R, n]}. */
    static INDArray forward(SpikeEvents x, NativeArrays w, NativeArrays bias, int n) {
        return forward(x, w, bias, n, SEGMENT_BYTES);
    }

    /** {@link #forward(SpikeEvents, NativeArrays, NativeArrays, int)} with passes over at most {@code segmentBytes} of {@code Wᵀ}. */
    static INDArray forward(SpikeEvents x, NativeArrays w, NativeArrays bias, int n, long segmentBytes) {
        int k = x.cols;
        int np = PackedSlices.padded(n);
        int bw = EventSynapse.blockWidth(k, np);
        int segs = segments(k, bw, segmentBytes);
        NativeArrays out = NativeArrays.allocate(DataType.FLOAT, x.rows, n);
        float[] wp = ArrayPool.floats(k * np);
        float[] b = new float[np];
        try {
            float[] a = ArrayPool.floats(n * k);
            try {
                w.get(0, a, 0, n * k);
                PackedSlices.packTransposed(a, n, k, bw, wp);
            } finally {
                ArrayPool.give(a);
            }
            if (bias != null) {
                bias.get(0, b, 0, n);
            }
            IntStream.range(0, (x.rows + ROWS - 1) / ROWS).parallel().forEach(t -> {
                int r0 = t * ROWS;
                int rn = Math.min(x.rows, r0 + ROWS) - r0;
                float[] tile = ArrayPool.floats(rn * np);
                int[] cut = cuts(x.col, x.rowStart, r0, rn, k, segs);
                try {
                    for (int o0 = 0; o0 < np; o0 += bw) {
                        int width = Math.min(bw, np - o0);
                        for (int h = 0; h < segs; h++) {
                            for (int i = 0; i < rn; i++) {
                                int d = i * np + o0;
                                RowSums.gather(x.col, x.value, cut[h * rn + i], cut[(h + 1) * rn + i], wp, o0 * k,
                                        width, h == 0 ? b : tile, h == 0 ? o0 : d, tile, d, width);
                            }
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
                    ArrayPool.give(tile);
                }
            });
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
     * writes it transposed into {@code ∂W}. Cutting the rows of {@code G} into segments as the
     * forward pass does (96–384 KB, with 64- or 128-column blocks) measured within noise of one pass
     * at fc1 (same-JVM A/B, CPU time 16–20 ms either way), so it is not done.
     */
    static INDArray weightGradient(SpikeColumns.Csc c, int rows, int k, NativeArrays g, int n) {
        int np = PackedSlices.padded(n);
        int bw = EventSynapse.blockWidth(rows, np);
        NativeArrays out = NativeArrays.allocate(DataType.FLOAT, n, k);
        int blocks = (np + bw - 1) / bw;
        int parts = EventSynapse.weightGradientParts(k, blocks);
        int span = (k + parts - 1) / parts;
        IntStream.range(0, blocks * parts).parallel().forEach(t -> {
            int o0 = t / parts * bw;
            int width = Math.min(bw, np - o0);
            int real = Math.min(width, n - o0);
            int j0 = t % parts * span;
            int j1 = Math.min(k, j0 + span);
            if (j0 >= j1) {
                return;
            }
            float[] gb = ArrayPool.floats(rows * width);
            float[] acc = ArrayPool.floats((j1 - j0) * width);
            try {
                for (int r = 0; r < rows; r++) {
                    g.get(r * n + o0, gb, r * width, real);
                    if (real < width) {
                        Arrays.fill(gb, r * width + real, (r + 1) * width, 0f);
                    }
                }
                float[] zero = new float[width];
                int[] start = c.start();
                for (int j = j0; j < j1; j++) {
                    RowSums.gather(c.row(), c.value(), start[j], start[j + 1], gb, 0, width, zero, 0, acc,
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
                ArrayPool.give(acc);
                ArrayPool.give(gb);
            }
        });
        return out.array();
    }

    /**
     * Into how many input-column ranges the forward pass cuts each column block so that the rows of
     * {@code Wᵀ} one pass reads ({@code [depth, width]} floats) stay within {@code segmentBytes}.
     */
    static int segments(int depth, int width, long segmentBytes) {
        return (int) Math.max(1, Math.min(depth, (4L * depth * width + segmentBytes - 1) / segmentBytes));
    }

    /**
     * The segment bounds of the event lists {@code q0 … q0 + qn − 1} ({@code idx[start[q] … start[q + 1])},
     * ascending): {@code cut[h·qn + i]} is the first event of list {@code q0 + i} whose index is at
     * least {@code h·depth/segs} ({@code cut[segs·qn + i]} its end).
     */
    private static int[] cuts(int[] idx, int[] start, int q0, int qn, int depth, int segs) {
        int[] cut = new int[(segs + 1) * qn];
        for (int i = 0; i < qn; i++) {
            int lo = start[q0 + i];
            int end = start[q0 + i + 1];
            cut[i] = lo;
            for (int h = 1; h < segs; h++) {
                long lim = (long) h * depth / segs;
                int hi = end;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (idx[mid] < lim) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                cut[h * qn + i] = lo;
            }
            cut[segs * qn + i] = end;
        }
        return cut;
    }
}
