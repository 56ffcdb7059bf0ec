package org.snn4j.neurons.slayer;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.Shapes;

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
 * instead of {@code R·in·out}); otherwise the op is exactly the {@code matmul} primitive. Both give
 * the same values (tested). Work is spread over chunks of rows (forward) or of input columns
 * (∂W) in parallel; each non-zero adds one contiguous row of {@code Wᵀ} (or of {@code g}).
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
            return LinearAlgebra.matmul(x, Shapes.permute(w, 1, 0));
        }
        DataType type = Flat.floatType("SpikeSynapse", xv);
        int out = (int) wv.size(0);
        double[] wt = Flat.readTransposed(wv);
        double[] y = forward(sparse, wt, out);
        return Graph.record("spikeSynapse", Flat.write(y, new long[] {sparse.rows, out}, type), (g, needs) -> {
            INDArray gx = needs[0] ? g.mmul(wv) : null;
            INDArray gw = null;
            if (needs[1]) {
                double[] gwt = weightGradient(SparseColumns.of(sparse), Flat.read(g), out);
                gw = Flat.writeTransposed(gwt, out, sparse.cols, type);
            }
            return new INDArray[] {gx, gw};
        }, x, w);
    }

    /** {@code y[r, :] = Σ_{(k, v) in row r} v·Wᵀ[k, :]}. */
    private static double[] forward(SparseRows x, double[] wt, int out) {
        double[] y = new double[x.rows * out];
        int chunks = (x.rows + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            int r1 = Math.min(x.rows, (ch + 1) * CHUNK);
            for (int r = ch * CHUNK; r < r1; r++) {
                accumulate(x.col, x.val, x.rowStart[r], x.rowStart[r + 1], wt, y, r * out, out);
            }
        });
        return y;
    }

    /** {@code ∂Wᵀ[k, :] = Σ_{(r, v) in column k} v·g[r, :]}, as {@code [in, out]}. */
    private static double[] weightGradient(SparseColumns x, double[] g, int out) {
        double[] gwt = new double[x.cols * out];
        int chunks = (x.cols + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            int k1 = Math.min(x.cols, (ch + 1) * CHUNK);
            for (int k = ch * CHUNK; k < k1; k++) {
                accumulate(x.row, x.val, x.colStart[k], x.colStart[k + 1], g, gwt, k * out, out);
            }
        });
        return gwt;
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
