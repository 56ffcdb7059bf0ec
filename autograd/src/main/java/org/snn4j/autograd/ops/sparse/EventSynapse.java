package org.snn4j.autograd.ops.sparse;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.backend.ArrayPool;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.backend.ParallelTasks;

/**
 * The event-driven synapse: a dense layer's forward product and weight gradient computed from the
 * events of a sparse input ({@link SpikeEvents}) instead of a dense GEMM.
 *
 * <pre>
 * forward   y = x·Wᵀ + b        y[r, :] = b + Σ_{(j, v) ∈ events of row r} v·Wᵀ[j, :]
 * weights   ∂W = Gᵀ·x           ∂Wᵀ[j, :] = Σ_{(r, v) ∈ events of column j} v·G[r, :]
 * </pre>
 * with {@code x [R, K]}, {@code W [N, K]} (PyTorch's layout), {@code b [N]}, {@code G = ∂L/∂y [R, N]};
 * for a binary input {@code v = 1} and the sums are plain row additions (no multiplies). The input
 * gradient {@code ∂x = G·W} has no sparse operand and stays a dense GEMM (the caller's).
 *
 * <p>Cost model: each event adds one row segment, so either product costs {@code nnz·N} additions
 * (multiply-adds for non-binary events) plus one pass over {@code W} (its transposed heap copy,
 * {@code K·N}) or {@code G} (its heap copy by column blocks, {@code R·N}), against the GEMM's
 * {@code R·K·N} multiply-adds. Cache blocking: the output columns are cut into blocks of
 * {@link #blockWidth} columns, so the slice of {@code Wᵀ} ({@code [K, width]}) or {@code G}
 * ({@code [R, width]}) the events read stays in a core's L2 cache (1 MB per core on the AMD EPYC
 * Zen 4 machine, so a 64-column block of a 3200-row {@code G}, 819 KB, nearly fills it); within a block, each output row segment ({@code y[r, block]} or {@code ∂Wᵀ[j, block]})
 * is held in up to 8 vector registers while all its events are added ({@link VectorRowSums}), so
 * an event costs one load and one add per vector. The float32 loops run on the JDK vector API when
 * the JVM allows it ({@link #vectorised}); JDK 17's auto-vectoriser leaves them scalar. Float32
 * operands are packed by column block and zero padded to whole vectors ({@link FloatEventSynapse},
 * {@link PackedSlices}), so a narrow output ({@code N = 10}) also runs as vectors.
 *
 * <p>Where the float32 time goes (measured on the loaded 2-core machine, so approximate): the
 * gather runs at about one 16-float vector add per ns and core with {@code Wᵀ} in L2, and about
 * 1.6 times faster only when the rows it reads fit in L1 (32 KB); blockings that get there (input
 * column blocks of 64–256 with per-row cursors, a 16-column strip per pass with four rows
 * interleaved, a scatter of each {@code W} row into 16–64 output rows held in L1) paid more in loop
 * overhead than they saved and were dropped; so were two output rows per pass, block widths of
 * 32–160 and touching the row of the event 2–8 ahead as a prefetch (all within noise).
 *
 * <p>Parallelism and determinism: the forward pass splits the rows, the weight gradient the output
 * columns (and, for narrow outputs, the input columns), into disjoint tasks run on the common
 * fork-join pool; every output element is summed by one task in event order (columns ascending for
 * the forward pass, rows ascending for the weight gradient), starting from the bias or zero, so
 * results are bit-identical from run to run whatever the thread count or block width. Float32 inputs
 * are summed in float32, float64 in float64.
 */
public final class EventSynapse {
    /**
     * The largest input density (densest chunk of {@value SpikeEvents#CHUNK_ROWS} rows) for which
     * {@code snn4j.sparse=auto} takes the event path. Measured at the LIF-MLP layer-1 shape by process
     * CPU time per call (mean of 15 calls in one JVM; the 2-core AMD EPYC AVX-512 machine was loaded
     * (load 11–17), so JMH wall times were noise): dense forward 43–51 ms, ∂W 41–49 ms; events
     * (scan + forward / ∂W from the kept bits) 13 / 9 ms at 3 %, 25 / 27 ms at 13 %, 41 / 41 ms at
     * 20 %, 57 / 55 ms at 30 %: both products cross at about 20 %; 18 % keeps a margin
     * (docs/PERFORMANCE.md, "Event-driven synapse"; to re-check on a quiet machine with
     * {@code SparseSynapseBenchmark}).
     */
    public static final double CROSSOVER = 0.18;
    /**
     * The crossover when the float32 loops run scalar (no {@code --add-modules jdk.incubator.vector}):
     * same measurement, events 39 / 24 ms at 3 % and 54 / 49 ms at 6 % against dense 47–76 / 40–43 ms.
     */
    public static final double SCALAR_CROSSOVER = 0.05;
    /** The widest layer (outputs) that takes the event path at any density ({@link #crossover(long)}): one cache line of float32. */
    public static final int NARROW = 16;
    /** The slice of {@code Wᵀ} or {@code G} one block reads stays within this many bytes (a core's L2 on Zen 4). */
    private static final long BLOCK_BYTES = 1L << 20;

    private EventSynapse() {
    }

    /** The density limit of {@code snn4j.sparse=auto}: {@link #CROSSOVER}, or {@link #SCALAR_CROSSOVER} without the vector API. */
    public static double crossover() {
        return RowSums.VECTOR ? CROSSOVER : SCALAR_CROSSOVER;
    }

    /**
     * The density limit of {@code snn4j.sparse=auto} for a layer of {@code outputs} outputs: 1 (the
     * event path at any density) when the vector loops run and {@code N ≤} {@value #NARROW}, else
     * {@link #crossover()}.
     *
     * <p>Why: an event then reads one 64-byte cache line of {@code Wᵀ} (one 512-bit vector, two
     * 256-bit ones), so at any density the event products do about as much work as the scan that
     * found the events, a pass over {@code x} as long as the one the dense GEMM makes (which, with
     * {@code N} that small, gets no register reuse either). Measured at
     * the LIF-MLP layer-2 shape ({@code x [3200, 800]} binary, {@code N = 10}; JMH
     * {@code SparseSynapseBenchmark -p shape=fc2 -p density=0.15,0.25,0.4}, 2-core AMD EPYC Zen 4,
     * 2026-12-07, errors ±0.2–1.5 ms): forward 3.3–3.6 ms (2.2–2.8 of it the scan) against 2.1–3.0
     * ms dense, weight gradient 1.0–2.1 against 0.9–1.1 ms. In the training step the layer's hidden
     * spikes cross 18 % density now and then, and each crossing under the fixed limit switched the
     * layer to the dense path: its float input then stayed on the tape (8.08 instead of 4.26 bytes
     * per neuron-step) and the first switch compiled the dense path's bias loops inside the timed
     * steps. Alternating JVMs ({@code LifMlpMain 20 10}, four each): C2 time in the 20 timed steps
     * 312–389 ms with the event path always, 452–593 ms with the fixed limit; step medians 42.0–52.9
     * against 46.1–53.5 ms.
     */
    public static double crossover(long outputs) {
        return RowSums.VECTOR && outputs <= NARROW ? 1.0 : crossover();
    }

    /**
     * True when the float32 loops run on the JDK vector API (JVM flag
     * {@code --add-modules jdk.incubator.vector}, not disabled by {@code -Dsnn4j.vector=off}); without
     * it the same sums run as scalar loops, several times slower.
     */
    public static boolean vectorised() {
        return RowSums.VECTOR;
    }

    /** {@code x·Wᵀ (+ b)} for the events {@code x [R, K]}, {@code w [N, K]}, {@code bias [N]} or null: a new {@code [R, N]}. */
    public static INDArray forward(SpikeEvents x, INDArray w, INDArray bias) {
        if (w.rank() != 2 || w.size(1) != x.cols || (bias != null && bias.length() != w.size(0))) {
            throw new IllegalArgumentException("event synapse: events [" + x.rows + ", " + x.cols + "] do not fit weight "
                    + Arrays.toString(w.shape()) + (bias == null ? "" : " and bias " + Arrays.toString(bias.shape())));
        }
        int n = (int) w.size(0);
        int k = x.cols;
        NativeArrays wv = NativeArrays.ofCopyIfNeeded(w);
        NativeArrays bv = bias == null ? null : NativeArrays.ofCopyIfNeeded(bias);
        if (w.dataType() == DataType.FLOAT) {
            return FloatEventSynapse.forward(x, wv, bv, n);
        }
        int bw = blockWidth(k, n);
        NativeArrays out = NativeArrays.allocate(w.dataType(), x.rows, n);
        int rowsPerTask = FloatEventSynapse.ROWS;
        double[] wt = ArrayPool.doubles(k * n);
        double[] b = new double[n];
        try {
            transpose(wv, n, k, wt);
            if (bv != null) {
                bv.get(0, b, 0, n);
            }
            ParallelTasks.forEach((x.rows + rowsPerTask - 1) / rowsPerTask, t -> {
                int r0 = t * rowsPerTask;
                int rn = Math.min(x.rows, r0 + rowsPerTask) - r0;
                double[] tile = new double[rn * n];
                for (int i = 0; i < rn; i++) {
                    System.arraycopy(b, 0, tile, i * n, n);
                }
                for (int o0 = 0; o0 < n; o0 += bw) {
                    int wb = Math.min(bw, n - o0);
                    for (int i = 0; i < rn; i++) {
                        RowSums.gather(x.col, x.value, x.rowStart[r0 + i], x.rowStart[r0 + i + 1], wt, o0, n,
                                tile, i * n + o0, wb);
                    }
                }
                out.put(r0 * n, tile, 0, rn * n);
            });
        } finally {
            ArrayPool.give(wt);
        }
        return out.array();
    }

    /** {@code Gᵀ·x} for the events {@code x [R, K]} kept by a forward pass and the upstream gradient {@code g [R, N]}. */
    public static INDArray weightGradient(SpikeEvents x, INDArray g) {
        return weightGradient(x.byColumn(), g);
    }

    /**
     * {@code Gᵀ·x} for the upstream gradient {@code g [R, N]} and the events {@code x [R, K]} in
     * column form: a new {@code [N, K]} (W's layout). Each task takes a block of output columns (and
     * a range of input columns), gathers, for each input column {@code j}, the gradient rows of its
     * events (rows ascending) from a heap copy of {@code G[:, block]} into {@code ∂Wᵀ[j, block]},
     * then writes the block transposed into {@code ∂W} (float32: {@link FloatEventSynapse}).
     */
    public static INDArray weightGradient(SpikeColumns x, INDArray g) {
        return weightGradients(x, g, false)[0];
    }

    /**
     * {@link #weightGradient(SpikeColumns, INDArray)} and, with {@code bias}, the bias gradient
     * {@code ∂b[o] = Σ_r G[r, o]} in one call: {@code {∂W, ∂b}}. On the float32 path the column sums
     * are taken while {@code G} is copied block by block for the gather (in float64, rows ascending,
     * then rounded: the order and precision of {@link org.snn4j.autograd.Broadcasting#reduceTo}'s
     * row pass, so the same values), which saves that separate sequential pass over {@code G}
     * (4–5 % of the LIF-MLP step's main-thread samples, 2026-12-07). {@code ∂b} is null when not
     * asked for, for float64 and without input columns; the caller then reduces {@code G} itself.
     */
    public static INDArray[] weightGradients(SpikeColumns x, INDArray g, boolean bias) {
        if (g.rank() != 2 || g.size(0) != x.rows) {
            throw new IllegalArgumentException("event synapse: gradient " + Arrays.toString(g.shape())
                    + " does not fit events [" + x.rows + ", " + x.cols + "]");
        }
        int n = (int) g.size(1);
        int k = x.cols;
        int rows = x.rows;
        SpikeColumns.Csc c = x.csc();
        NativeArrays gv = NativeArrays.ofCopyIfNeeded(g);
        if (g.dataType() == DataType.FLOAT) {
            double[] sums = bias && k > 0 ? new double[n] : null;
            INDArray dw = FloatEventSynapse.weightGradient(c, rows, k, gv, n, sums);
            return new INDArray[] {dw, sums == null ? null : Nd4j.createFromArray(sums).castTo(DataType.FLOAT)};
        }
        int bw = blockWidth(rows, n);
        NativeArrays out = NativeArrays.allocate(g.dataType(), n, k);
        int blocks = (n + bw - 1) / bw;
        int parts = weightGradientParts(k, blocks);
        int span = (k + parts - 1) / parts;
        ParallelTasks.forEach(blocks * parts, t -> {
            int o0 = t / parts * bw;
            int wb = Math.min(bw, n - o0);
            int j0 = t % parts * span;
            int j1 = Math.min(k, j0 + span);
            if (j0 >= j1) {
                return;
            }
            double[] gb = new double[rows * wb];
            double[] acc = new double[(j1 - j0) * wb];
            for (int r = 0; r < rows; r++) {
                gv.get(r * n + o0, gb, r * wb, wb);
            }
            for (int j = j0; j < j1; j++) {
                RowSums.gather(c.row(), c.value(), c.start()[j], c.start()[j + 1], gb, 0, wb, acc, (j - j0) * wb, wb);
            }
            double[] line = new double[j1 - j0];
            for (int o = 0; o < wb; o++) {
                for (int j = 0; j < line.length; j++) {
                    line[j] = acc[j * wb + o];
                }
                out.put((o0 + o) * k + j0, line, 0, line.length);
            }
        });
        return new INDArray[] {out.array(), null};
    }

    /**
     * Into how many input-column ranges the weight gradient splits each of its {@code blocks} output
     * column blocks: enough tasks for every worker of the common pool about twice over, each range at
     * least 64 of the {@code k} input columns.
     */
    static int weightGradientParts(int k, int blocks) {
        return Math.max(1, Math.min(k / 64, (2 * ForkJoinPool.getCommonPoolParallelism() + 2 + blocks - 1) / blocks));
    }

    /**
     * Output columns per block when the events read a {@code [depth, width]} slice (depth {@code K}
     * for the forward pass, {@code R} for the weight gradient): 8 vector registers' worth when that
     * slice fits in {@value #BLOCK_BYTES} bytes, else 4, else 1 (the vector loop's chunk sizes, so no
     * block leaves a partial chunk), never more than {@code n}.
     */
    static int blockWidth(int depth, int n) {
        int lanes = RowSums.lanes();
        int w = 8 * lanes;
        while (w > lanes && 4L * depth * w > BLOCK_BYTES) {
            w = w == 8 * lanes ? 4 * lanes : lanes;
        }
        return Math.min(w, n);
    }

    /** {@code t [cols, rows]} = the transpose of {@code m [rows, cols]} (float64), through a heap copy. */
    private static void transpose(NativeArrays m, int rows, int cols, double[] t) {
        double[] a = new double[rows * cols];
        m.get(0, a, 0, rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = a[r * cols + c];
            }
        }
    }
}
