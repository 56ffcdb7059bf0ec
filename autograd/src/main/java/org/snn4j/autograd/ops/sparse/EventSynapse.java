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
 * <p>Cost model: each event adds one contiguous row of {@code N} values, so either product costs
 * {@code nnz·N} additions (multiply-adds for non-binary events) plus one pass over {@code W}
 * ({@code K·N}, the transposed copy) or {@code G} ({@code R·N}, a heap copy), against the GEMM's
 * {@code R·K·N} multiply-adds: a fraction {@code density} of the work, but at the speed of
 * streaming row adds (about 4–8 times fewer operations per second than a blocked GEMM), hence the
 * {@link #CROSSOVER} density below which it wins. Rows are accumulated four events at a time, so
 * the destination row is loaded and stored once per four source rows.
 *
 * <p>Parallelism and determinism: the forward pass splits the rows, the weight gradient the input
 * columns, into disjoint chunks run on the common fork-join pool; every output element is summed by
 * one task in a fixed order (events in ascending column, resp. row, order), so results are
 * bit-identical from run to run whatever the thread count. Float32 inputs are summed in float32,
 * float64 in float64.
 */
public final class EventSynapse {
    /**
     * The largest input density (densest chunk of {@value SpikeEvents#CHUNK_ROWS} rows) for which
     * {@code snn4j.sparse=auto} takes the event path. Chosen with JMH {@code SparseSynapseBenchmark}
     * on the LIF-MLP layer-1 shape (see docs/PERFORMANCE.md, "Event-driven synapse").
     */
    public static final double CROSSOVER = 0.20;
    /** Rows of the output per forward task. */
    private static final int ROWS = 32;
    /** Input columns per weight-gradient task. */
    private static final int COLS = 16;

    private EventSynapse() {
    }

    /** {@code x·Wᵀ (+ b)} for the events {@code x [R, K]}, {@code w [N, K]}, {@code bias [N]} or null: a new {@code [R, N]}. */
    public static INDArray forward(SpikeEvents x, INDArray w, INDArray bias) {
        if (w.rank() != 2 || w.size(1) != x.cols || (bias != null && bias.length() != w.size(0))) {
            throw new IllegalArgumentException("event synapse: events [" + x.rows + ", " + x.cols + "] do not fit weight "
                    + Arrays.toString(w.shape()) + (bias == null ? "" : " and bias " + Arrays.toString(bias.shape())));
        }
        int n = (int) w.size(0);
        int k = x.cols;
        NativeArrays out = NativeArrays.allocate(w.dataType(), x.rows, n);
        int tasks = (x.rows + ROWS - 1) / ROWS;
        if (w.dataType() == DataType.FLOAT) {
            float[] wt = transpose(NativeArrays.ofCopyIfNeeded(w), n, k, ScratchPool.floats(k * n));
            float[] b = new float[n];
            if (bias != null) {
                NativeArrays.ofCopyIfNeeded(bias).get(0, b, 0, n);
            }
            try {
                IntStream.range(0, tasks).parallel().forEach(t -> {
                    int r0 = t * ROWS;
                    int rn = Math.min(x.rows, r0 + ROWS) - r0;
                    float[] tile = new float[rn * n];
                    for (int i = 0; i < rn; i++) {
                        System.arraycopy(b, 0, tile, i * n, n);
                        RowSums.add(x.col, x.value, x.rowStart[r0 + i], x.rowStart[r0 + i + 1], wt, tile, i * n, n);
                    }
                    out.put(r0 * n, tile, 0, rn * n);
                });
            } finally {
                ScratchPool.give(wt);
            }
        } else {
            double[] wt = transpose(NativeArrays.ofCopyIfNeeded(w), n, k, ScratchPool.doubles(k * n));
            double[] b = new double[n];
            if (bias != null) {
                NativeArrays.ofCopyIfNeeded(bias).get(0, b, 0, n);
            }
            try {
                IntStream.range(0, tasks).parallel().forEach(t -> {
                    int r0 = t * ROWS;
                    int rn = Math.min(x.rows, r0 + ROWS) - r0;
                    double[] tile = new double[rn * n];
                    for (int i = 0; i < rn; i++) {
                        System.arraycopy(b, 0, tile, i * n, n);
                        RowSums.add(x.col, x.value, x.rowStart[r0 + i], x.rowStart[r0 + i + 1], wt, tile, i * n, n);
                    }
                    out.put(r0 * n, tile, 0, rn * n);
                });
            } finally {
                ScratchPool.give(wt);
            }
        }
        return out.array();
    }

    /** {@code Gᵀ·x} for the upstream gradient {@code g [R, N]} and the events {@code x [R, K]}: a new {@code [N, K]} (W's layout). */
    public static INDArray weightGradient(SpikeEvents x, INDArray g) {
        if (g.rank() != 2 || g.size(0) != x.rows) {
            throw new IllegalArgumentException("event synapse: gradient " + Arrays.toString(g.shape())
                    + " does not fit events [" + x.rows + ", " + x.cols + "]");
        }
        int n = (int) g.size(1);
        int k = x.cols;
        SpikeEvents.Columns c = x.byColumn();
        NativeArrays gv = NativeArrays.ofCopyIfNeeded(g);
        NativeArrays out = NativeArrays.allocate(g.dataType(), n, k);
        int tasks = (k + COLS - 1) / COLS;
        if (g.dataType() == DataType.FLOAT) {
            float[] gh = ScratchPool.floats(x.rows * n);
            float[] dw = ScratchPool.floats(n * k);
            try {
                gv.get(0, gh, 0, gh.length);
                IntStream.range(0, tasks).parallel().forEach(t -> {
                    int k0 = t * COLS;
                    int kn = Math.min(k, k0 + COLS) - k0;
                    float[] tile = new float[kn * n];
                    for (int i = 0; i < kn; i++) {
                        RowSums.add(c.row(), c.value(), c.start()[k0 + i], c.start()[k0 + i + 1], gh, tile, i * n, n);
                    }
                    for (int o = 0; o < n; o++) {
                        for (int i = 0; i < kn; i++) {
                            dw[o * k + k0 + i] = tile[i * n + o];
                        }
                    }
                });
                out.put(0, dw, 0, n * k);
            } finally {
                ScratchPool.give(gh);
                ScratchPool.give(dw);
            }
        } else {
            double[] gh = ScratchPool.doubles(x.rows * n);
            double[] dw = ScratchPool.doubles(n * k);
            try {
                gv.get(0, gh, 0, gh.length);
                IntStream.range(0, tasks).parallel().forEach(t -> {
                    int k0 = t * COLS;
                    int kn = Math.min(k, k0 + COLS) - k0;
                    double[] tile = new double[kn * n];
                    for (int i = 0; i < kn; i++) {
                        RowSums.add(c.row(), c.value(), c.start()[k0 + i], c.start()[k0 + i + 1], gh, tile, i * n, n);
                    }
                    for (int o = 0; o < n; o++) {
                        for (int i = 0; i < kn; i++) {
                            dw[o * k + k0 + i] = tile[i * n + o];
                        }
                    }
                });
                out.put(0, dw, 0, n * k);
            } finally {
                ScratchPool.give(gh);
                ScratchPool.give(dw);
            }
        }
        return out.array();
    }

    /** {@code t = mᵀ} for the row-major {@code m [rows, cols]}, read 16 rows at a time so the writes are runs. */
    private static float[] transpose(NativeArrays m, int rows, int cols, float[] t) {
        float[] tile = new float[16 * cols];
        for (int r0 = 0; r0 < rows; r0 += 16) {
            int rn = Math.min(16, rows - r0);
            m.get(r0 * cols, tile, 0, rn * cols);
            for (int c = 0; c < cols; c++) {
                for (int i = 0; i < rn; i++) {
                    t[c * rows + r0 + i] = tile[i * cols + c];
                }
            }
        }
        return t;
    }

    private static double[] transpose(NativeArrays m, int rows, int cols, double[] t) {
        double[] tile = new double[16 * cols];
        for (int r0 = 0; r0 < rows; r0 += 16) {
            int rn = Math.min(16, rows - r0);
            m.get(r0 * cols, tile, 0, rn * cols);
            for (int c = 0; c < cols; c++) {
                for (int i = 0; i < rn; i++) {
                    t[c * rows + r0 + i] = tile[i * cols + c];
                }
            }
        }
        return t;
    }
}
