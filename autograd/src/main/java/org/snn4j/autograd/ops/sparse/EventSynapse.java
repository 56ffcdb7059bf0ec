package org.snn4j.autograd.ops.sparse;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;

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
 * <p>Cost model: each event adds one contiguous row segment, so either product costs {@code nnz·N}
 * additions (multiply-adds for non-binary events) plus one pass over {@code W} (the blocked
 * transposed copy, {@code K·N}) or {@code G} (its blocked heap copy, {@code R·N}), against the
 * GEMM's {@code R·K·N} multiply-adds: a fraction {@code density} of the work, but at the speed of
 * streaming row additions, several times fewer operations per second than a cache-blocked GEMM,
 * hence the {@link #CROSSOVER} density below which it wins. The output columns are split into
 * blocks of {@link #blockWidth} columns so that the block of {@code Wᵀ} or {@code G} being read
 * stays in a core's L2 cache; rows are accumulated four events at a time, so the destination is
 * loaded and stored once per four source rows. The float32 loops run on the JDK vector API when
 * the JVM allows it ({@link #vectorised}); JDK 17's auto-vectoriser leaves them scalar.
 *
 * <p>Parallelism and determinism: the forward pass splits the rows, the weight gradient the output
 * columns, into disjoint tasks run on the common fork-join pool; every output element is summed by
 * one task in a fixed order (events in ascending column, resp. row, order, four at a time), so
 * results are bit-identical from run to run whatever the thread count or block width. Float32
 * inputs are summed in float32, float64 in float64.
 */
public final class EventSynapse {
    /**
     * The largest input density (densest chunk of {@value SpikeEvents#CHUNK_ROWS} rows) for which
     * {@code snn4j.sparse=auto} takes the event path. Measured at the LIF-MLP layer-1 shape by process
     * CPU time (robust to the loaded 2-core AMD EPYC AVX-512 machine; JMH wall times there were too
     * noisy): dense forward about 43 ms, ∂W 38 ms; events 18 / 9 ms at 3 %, 33 / 27 ms at 13 %,
     * 45 / 41 ms at 20 %, so both products cross at about 18 % (docs/PERFORMANCE.md, "Event-driven
     * synapse"; to re-check on a quiet machine with {@code SparseSynapseBenchmark}).
     */
    public static final double CROSSOVER = 0.18;
    /**
     * The crossover when the float32 loops run scalar (no {@code --add-modules jdk.incubator.vector}):
     * same measurement, events 86 / 76 ms at 13 % against dense 48 / 39 ms.
     */
    public static final double SCALAR_CROSSOVER = 0.06;
    /** Rows of the output per forward task. */
    private static final int ROWS = 64;
    /** Target size of one block of {@code Wᵀ} or {@code ∂Wᵀ}: fits a core's L2 with room to spare. */
    private static final long BLOCK_BYTES = 256 * 1024;
    /** At least this many column blocks, so the weight gradient's tasks spread over the cores. */
    private static final int MIN_BLOCKS = 8;

    private EventSynapse() {
    }

    /** The density limit of {@code snn4j.sparse=auto}: {@link #CROSSOVER}, or {@link #SCALAR_CROSSOVER} without the vector API. */
    public static double crossover() {
        return RowSums.VECTOR ? CROSSOVER : SCALAR_CROSSOVER;
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
        int bw = blockWidth(k, n);
        NativeArrays wv = NativeArrays.ofCopyIfNeeded(w);
        NativeArrays out = NativeArrays.allocate(w.dataType(), x.rows, n);
        int tasks = (x.rows + ROWS - 1) / ROWS;
        if (w.dataType() == DataType.FLOAT) {
            float[] wt = ScratchPool.floats(k * n);
            float[] b = new float[n];
            try {
                blockedTranspose(wv, n, k, bw, wt);
                if (bias != null) {
                    NativeArrays.ofCopyIfNeeded(bias).get(0, b, 0, n);
                }
                IntStream.range(0, tasks).parallel().forEach(t -> {
                    int r0 = t * ROWS;
                    int rn = Math.min(x.rows, r0 + ROWS) - r0;
                    float[] tile = ScratchPool.floats(rn * n);
                    try {
                        for (int i = 0; i < rn; i++) {
                            System.arraycopy(b, 0, tile, i * n, n);
                        }
                        for (int o0 = 0; o0 < n; o0 += bw) {
                            int wb = Math.min(bw, n - o0);
                            for (int i = 0; i < rn; i++) {
                                RowSums.gather(x.col, x.value, x.rowStart[r0 + i], x.rowStart[r0 + i + 1], wt, o0 * k,
                                        tile, i * n + o0, wb);
                            }
                        }
                        out.put(r0 * n, tile, 0, rn * n);
                    } finally {
                        ScratchPool.give(tile);
                    }
                });
            } finally {
                ScratchPool.give(wt);
            }
        } else {
            double[] wt = ScratchPool.doubles(k * n);
            double[] b = new double[n];
            try {
                blockedTranspose(wv, n, k, bw, wt);
                if (bias != null) {
                    NativeArrays.ofCopyIfNeeded(bias).get(0, b, 0, n);
                }
                IntStream.range(0, tasks).parallel().forEach(t -> {
                    int r0 = t * ROWS;
                    int rn = Math.min(x.rows, r0 + ROWS) - r0;
                    double[] tile = ScratchPool.doubles(rn * n);
                    try {
                        for (int i = 0; i < rn; i++) {
                            System.arraycopy(b, 0, tile, i * n, n);
                        }
                        for (int o0 = 0; o0 < n; o0 += bw) {
                            int wb = Math.min(bw, n - o0);
                            for (int i = 0; i < rn; i++) {
                                RowSums.gather(x.col, x.value, x.rowStart[r0 + i], x.rowStart[r0 + i + 1], wt, o0 * k,
                                        tile, i * n + o0, wb);
                            }
                        }
                        out.put(r0 * n, tile, 0, rn * n);
                    } finally {
                        ScratchPool.give(tile);
                    }
                });
            } finally {
                ScratchPool.give(wt);
            }
        }
        return out.array();
    }

    /**
     * {@code Gᵀ·x} for the upstream gradient {@code g [R, N]} and the events {@code x [R, K]}: a new
     * {@code [N, K]} (W's layout). One task per block of output columns copies {@code G[:, block]}
     * to the heap and gathers, for each input column {@code j}, the gradient rows of its events
     * (rows ascending) into {@code ∂Wᵀ[j, block]}.
     */
    public static INDArray weightGradient(SpikeEvents x, INDArray g) {
        if (g.rank() != 2 || g.size(0) != x.rows) {
            throw new IllegalArgumentException("event synapse: gradient " + Arrays.toString(g.shape())
                    + " does not fit events [" + x.rows + ", " + x.cols + "]");
        }
        int n = (int) g.size(1);
        int k = x.cols;
        int rows = x.rows;
        int bw = blockWidth(k, n);
        SpikeEvents.Columns c = x.byColumn();
        NativeArrays gv = NativeArrays.ofCopyIfNeeded(g);
        NativeArrays out = NativeArrays.allocate(g.dataType(), n, k);
        int blocks = (n + bw - 1) / bw;
        if (g.dataType() == DataType.FLOAT) {
            float[] dw = ScratchPool.floats(n * k);
            try {
                IntStream.range(0, blocks).parallel().forEach(blk -> {
                    int o0 = blk * bw;
                    int wb = Math.min(bw, n - o0);
                    float[] gb = ScratchPool.floats(rows * wb);
                    try {
                        for (int r = 0; r < rows; r++) {
                            gv.get(r * n + o0, gb, r * wb, wb);
                        }
                        float[] acc = ScratchPool.floats(k * wb);
                        Arrays.fill(acc, 0f);
                        for (int j = 0; j < k; j++) {
                            RowSums.gather(c.row(), c.value(), c.start()[j], c.start()[j + 1], gb, 0, acc, j * wb, wb);
                        }
                        for (int o = 0; o < wb; o++) {
                            for (int j = 0; j < k; j++) {
                                dw[(o0 + o) * k + j] = acc[j * wb + o];
                            }
                        }
                        ScratchPool.give(acc);
                    } finally {
                        ScratchPool.give(gb);
                    }
                });
                out.put(0, dw, 0, n * k);
            } finally {
                ScratchPool.give(dw);
            }
        } else {
            double[] dw = ScratchPool.doubles(n * k);
            try {
                IntStream.range(0, blocks).parallel().forEach(blk -> {
                    int o0 = blk * bw;
                    int wb = Math.min(bw, n - o0);
                    double[] gb = new double[rows * wb];
                    for (int r = 0; r < rows; r++) {
                        gv.get(r * n + o0, gb, r * wb, wb);
                    }
                    double[] acc = new double[k * wb];
                    for (int j = 0; j < k; j++) {
                        RowSums.gather(c.row(), c.value(), c.start()[j], c.start()[j + 1], gb, 0, acc, j * wb, wb);
                    }
                    for (int o = 0; o < wb; o++) {
                        for (int j = 0; j < k; j++) {
                            dw[(o0 + o) * k + j] = acc[j * wb + o];
                        }
                    }
                });
                out.put(0, dw, 0, n * k);
            } finally {
                ScratchPool.give(dw);
            }
        }
        return out.array();
    }

    /**
     * Output columns per block: the block of {@code Wᵀ} (forward) or of {@code ∂Wᵀ} (weight
     * gradient), {@code [K, width]}, fits in {@value #BLOCK_BYTES} bytes (a core's L2 share), and
     * there are at least {@value #MIN_BLOCKS} blocks to spread over the cores; a multiple of 16.
     */
    static int blockWidth(int k, int n) {
        int byCache = (int) Math.max(16, BLOCK_BYTES / (4L * Math.max(1, k)));
        int byTasks = (n + MIN_BLOCKS - 1) / MIN_BLOCKS;
        int w = Math.min(byCache, byTasks);
        return Math.max(16, (w + 15) / 16 * 16);
    }

    /**
     * {@code t} = the transpose of {@code m [rows, cols]} in blocks of {@code bw} rows of {@code m}:
     * block {@code b} (rows {@code [b·bw, b·bw + wb)}) is the row-major {@code [cols, wb]} matrix at
     * offset {@code b·bw·cols}.
     */
    private static void blockedTranspose(NativeArrays m, int rows, int cols, int bw, float[] t) {
        float[] tile = new float[cols];
        for (int r = 0; r < rows; r++) {
            m.get(r * cols, tile, 0, cols);
            int o0 = r / bw * bw;
            int wb = Math.min(bw, rows - o0);
            int at = o0 * cols + (r - o0);
            for (int c = 0; c < cols; c++) {
                t[at + c * wb] = tile[c];
            }
        }
    }

    private static void blockedTranspose(NativeArrays m, int rows, int cols, int bw, double[] t) {
        double[] tile = new double[cols];
        for (int r = 0; r < rows; r++) {
            m.get(r * cols, tile, 0, cols);
            int o0 = r / bw * bw;
            int wb = Math.min(bw, rows - o0);
            int at = o0 * cols + (r - o0);
            for (int c = 0; c < cols; c++) {
                t[at + c * wb] = tile[c];
            }
        }
    }
}
