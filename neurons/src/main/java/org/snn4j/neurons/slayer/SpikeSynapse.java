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
        double[] wt = Flat.transpose(Flat.read(wv), out, sparse.cols);
        double[] y = forward(sparse, wt, out);
        return Graph.record("spikeSynapse", Flat.write(y, new long[] {sparse.rows, out}, type), (g, needs) -> {
            INDArray gx = needs[0] ? g.mmul(wv) : null;
            INDArray gw = null;
            if (needs[1]) {
                double[] gwt = weightGradient(SparseColumns.of(sparse), Flat.read(g), out);
                gw = Flat.write(Flat.transpose(gwt, sparse.cols, out), wv.shape(), type);
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
                for (int i = x.rowStart[r]; i < x.rowStart[r + 1]; i++) {
                    axpy(x.val[i], wt, x.col[i] * out, y, r * out, out);
                }
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
                for (int i = x.colStart[k]; i < x.colStart[k + 1]; i++) {
                    axpy(x.val[i], g, x.row[i] * out, gwt, k * out, out);
                }
            }
        });
        return gwt;
    }

    /** {@code dst[dstRow + o] += a·src[srcRow + o]} for {@code 0 ≤ o < n}. */
    private static void axpy(double a, double[] src, int srcRow, double[] dst, int dstRow, int n) {
        for (int o = 0; o < n; o++) {
            dst[dstRow + o] += a * src[srcRow + o];
        }
    }
}
