package org.snn4j.neurons.slayer;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Gemm;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.temporal.ArrayRows;

/**
 * The dense synapse {@code y = x·Wᵀ} that exploits sparse (spike) inputs.
 *
 * <pre>
 * y[r, o]  = Σ_k x[r, k]·W[o, k]          x: [R, in] (R = T·B merged), W: [out, in]
 * ∂x       = g·W                           (dense GEMM; only when x needs a gradient)
 * ∂W[o, k] = Σ_r g[r, o]·x[r, k]          (a sum over the non-zeros of x)
 * </pre>
 * When at most {@link #SPARSE_LIMIT} of {@code x}'s entries are non-zero (spike trains), the
 * forward pass and ∂W are computed from the non-zeros only ({@code nnz·out} multiply-adds
 * instead of {@code R·in·out}); otherwise the op is exactly the {@code matmulTransposed} primitive. Both give
 * the same values (tested). Work is spread over chunks of rows (forward) or of input columns
 * (∂W) in parallel; each non-zero adds one contiguous row of {@code Wᵀ} (or of {@code g}), and
 * each chunk's result goes straight into the output tensor. The transposed weight and the copy of
 * {@code g} are borrowed from {@link ScratchPool}.
 */
public final class SpikeSynapse {
    /** Largest fraction of non-zero inputs for which the sparse path is used. */
    public static final double SPARSE_LIMIT = 0.05;
    private static final int CHUNK = 64;

    private SpikeSynapse() {
    }

    /** {@code x·Wᵀ} for {@code x} {@code [R, in]} and {@code w} {@code [out, in]}: {@code [R, out]}. */
    public static Tensor linear(Tensor x, Tensor w) {
        INDArray xv = x.value();
        INDArray wv = w.value();
        if (xv.rank() != 2 || wv.rank() != 2 || xv.size(1) != wv.size(1)) {
            throw new IllegalArgumentException("SpikeSynapse: need x [R, in] and w [out, in], got x "
                    + Arrays.toString(xv.shape()) + " and w " + Arrays.toString(wv.shape()));
        }
        if (xv.dataType() != wv.dataType()) {
            throw new IllegalArgumentException("SpikeSynapse: x is " + xv.dataType() + " but w is " + wv.dataType());
        }
        SparseRows sparse = SparseRows.scan(xv, SPARSE_LIMIT);
        if (sparse == null) {
            return LinearAlgebra.matmulTransposed(x, w);
        }
        DataType type = Flat.floatType("SpikeSynapse", xv);
        int out = (int) wv.size(0);
        INDArray y = forward(sparse, wv, out, type);
        return Graph.record("spikeSynapse", y, (g, needs) -> new INDArray[] {
            needs[0] ? Gemm.mm(g, wv) : null,
            needs[1] ? weightGradient(SparseColumns.of(sparse), g, out, type) : null}, x, w);
    }

    /** {@code y[r, :] = Σ_{(k, v) in row r} v·Wᵀ[k, :]}, written chunk by chunk into the result. */
    private static INDArray forward(SparseRows x, INDArray w, int out, DataType type) {
        double[] wt = Flat.readTransposed(w, ScratchPool.take(x.cols * out));
        try {
            ArrayRows y = ArrayRows.allocate(type, new long[] {x.rows, out});
            int chunks = (x.rows + CHUNK - 1) / CHUNK;
            IntStream.range(0, chunks).parallel().forEach(ch -> {
                int r0 = ch * CHUNK;
                int n = Math.min(x.rows, r0 + CHUNK) - r0;
                double[] tile = new double[n * out];
                for (int i = 0; i < n; i++) {
                    accumulate(x.col, x.val, x.rowStart[r0 + i], x.rowStart[r0 + i + 1], wt, tile, i * out, out);
                }
                y.put(r0 * out, tile, 0, n * out);
            });
            return y.array();
        } finally {
            ScratchPool.give(wt);
        }
    }

    /**
     * {@code ∂W[o, k] = Σ_{(r, v) in column k} v·g[r, o]}: each chunk of input columns is summed
     * as {@code [chunk, out]} and written transposed into the {@code [out, in]} result.
     */
    private static INDArray weightGradient(SparseColumns x, INDArray g, int out, DataType type) {
        double[] gv = Flat.read(g, ScratchPool.take((int) g.length()));
        try {
            ArrayRows gw = ArrayRows.allocate(type, new long[] {out, x.cols});
            int chunks = (x.cols + CHUNK - 1) / CHUNK;
            IntStream.range(0, chunks).parallel().forEach(ch -> {
                int k0 = ch * CHUNK;
                int n = Math.min(x.cols, k0 + CHUNK) - k0;
                double[] tile = new double[n * out];
                for (int i = 0; i < n; i++) {
                    accumulate(x.row, x.val, x.colStart[k0 + i], x.colStart[k0 + i + 1], gv, tile, i * out, out);
                }
                double[] column = new double[n];
                for (int o = 0; o < out; o++) {
                    for (int i = 0; i < n; i++) {
                        column[i] = tile[i * out + o];
                    }
                    gw.put(o * x.cols + k0, column, 0, n);
                }
            });
            return gw.array();
        } finally {
            ScratchPool.give(gv);
        }
    }

    /**
     * {@code dst[d + o] += Σ_{i ∈ [from, to)} val[i]·src[idx[i]·n + o]} for {@code 0 ≤ o < n}, four
     * source rows per pass over the destination row (a quarter of the destination loads and stores,
     * and no store-to-load chain between consecutive rows).
     */
    private static void accumulate(int[] idx, double[] val, int from, int to, double[] src, double[] dst, int d,
                                   int n) {
        int i = from;
        for (; i + 3 < to; i += 4) {
            int s0 = idx[i] * n;
            int s1 = idx[i + 1] * n;
            int s2 = idx[i + 2] * n;
            int s3 = idx[i + 3] * n;
            double v0 = val[i];
            double v1 = val[i + 1];
            double v2 = val[i + 2];
            double v3 = val[i + 3];
            for (int o = 0; o < n; o++) {
                dst[d + o] += v0 * src[s0 + o] + v1 * src[s1 + o] + v2 * src[s2 + o] + v3 * src[s3 + o];
            }
        }
        for (; i < to; i++) {
            int s0 = idx[i] * n;
            double v0 = val[i];
            for (int o = 0; o < n; o++) {
                dst[d + o] += v0 * src[s0 + o];
            }
        }
    }
}
