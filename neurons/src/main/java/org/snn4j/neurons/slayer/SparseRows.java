package org.snn4j.neurons.slayer;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;

/**
 * The non-zero entries of a row-major matrix {@code [R, K]} in compressed sparse row form:
 * row {@code r} holds {@code (col[i], val[i])} for {@code rowStart[r] ≤ i < rowStart[r + 1]}.
 *
 * <p>Spike tensors are mostly zeros (N-MNIST input: about 1 % of the entries), so the synapse
 * {@code y = x·Wᵀ} costs {@code nnz·out} multiply-adds instead of {@code R·K·out}. The scan reads
 * the array's buffer row by row in parallel and gives up (returns {@code null}) as soon as a chunk
 * of rows is denser than the limit, so dense inputs cost little before falling back to GEMM.
 */
final class SparseRows {
    private static final int CHUNK_ROWS = 64;

    final int rows;
    final int cols;
    final int[] rowStart;
    final int[] col;
    final double[] val;

    private SparseRows(int rows, int cols, int[] rowStart, int[] col, double[] val) {
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart;
        this.col = col;
        this.val = val;
    }

    int nonZeros() {
        return rowStart[rows];
    }

    /** The CSR form of {@code x} ({@code [R, K]}, FLOAT or DOUBLE), or {@code null} when denser than {@code maxDensity}. */
    static SparseRows scan(INDArray x, double maxDensity) {
        INDArray c = contiguous(x);
        int rows = (int) c.size(0);
        int cols = (int) c.size(1);
        int chunks = (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
        int[][] chunkCols = new int[chunks][];
        double[][] chunkVals = new double[chunks][];
        int[] rowCount = new int[rows];
        AtomicBoolean dense = new AtomicBoolean();
        int limit = (int) Math.min(Integer.MAX_VALUE, Math.ceil(maxDensity * CHUNK_ROWS * cols));
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            if (!dense.get()) {
                scanChunk(c, ch, cols, limit, rowCount, chunkCols, chunkVals, dense);
            }
        });
        if (dense.get()) {
            return null;
        }
        return merge(rows, cols, rowCount, chunkCols, chunkVals);
    }

    private static void scanChunk(INDArray x, int chunk, int cols, int limit, int[] rowCount, int[][] chunkCols,
                                  double[][] chunkVals, AtomicBoolean dense) {
        int r0 = chunk * CHUNK_ROWS;
        int r1 = Math.min((int) x.size(0), r0 + CHUNK_ROWS);
        Collector found = new Collector(Math.max(16, limit / 4));
        RowReader reader = new RowReader(x, cols);
        for (int r = r0; r < r1; r++) {
            int before = found.n;
            if (!reader.collect(r, found, limit)) {
                dense.set(true);
                return;
            }
            rowCount[r] = found.n - before;
        }
        chunkCols[chunk] = Arrays.copyOf(found.cols, found.n);
        chunkVals[chunk] = Arrays.copyOf(found.vals, found.n);
    }

    /** A growable list of (column, value) pairs. */
    private static final class Collector {
        int[] cols;
        double[] vals;
        int n;

        Collector(int capacity) {
            cols = new int[capacity];
            vals = new double[capacity];
        }

        /** Adds a pair; false when the list would grow past {@code limit}. */
        boolean add(int col, double v, int limit) {
            if (n == cols.length) {
                if (n >= limit) {
                    return false;
                }
                cols = Arrays.copyOf(cols, 2 * n);
                vals = Arrays.copyOf(vals, 2 * n);
            }
            cols[n] = col;
            vals[n++] = v;
            return true;
        }
    }

    private static SparseRows merge(int rows, int cols, int[] rowCount, int[][] chunkCols, double[][] chunkVals) {
        int[] start = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            start[r + 1] = start[r] + rowCount[r];
        }
        int[] col = new int[start[rows]];
        double[] val = new double[start[rows]];
        for (int ch = 0; ch < chunkCols.length; ch++) {
            int at = start[ch * CHUNK_ROWS];
            System.arraycopy(chunkCols[ch], 0, col, at, chunkCols[ch].length);
            System.arraycopy(chunkVals[ch], 0, val, at, chunkVals[ch].length);
        }
        return new SparseRows(rows, cols, start, col, val);
    }

    /** Bulk reads of one row of a contiguous FLOAT or DOUBLE buffer, scanned for non-zeros. */
    private static final class RowReader {
        private final FloatBuffer floats;
        private final DoubleBuffer doubles;
        private final float[] rowF;
        private final double[] rowD;
        private final int cols;

        RowReader(INDArray x, int cols) {
            this.cols = cols;
            boolean f = x.dataType() == DataType.FLOAT;
            floats = f ? x.data().asNioFloat() : null;
            doubles = f ? null : x.data().asNioDouble();
            rowF = f ? new float[cols] : null;
            rowD = f ? null : new double[cols];
        }

        /** Appends row {@code r}'s non-zeros; false when the limit is exceeded. */
        boolean collect(int r, Collector out, int limit) {
            if (floats != null) {
                floats.get(r * cols, rowF, 0, cols);
                for (int k0 = 0; k0 < cols; k0 += 8) {
                    if (anyNonZero(rowF, k0, Math.min(cols, k0 + 8))) {
                        for (int k = k0; k < Math.min(cols, k0 + 8); k++) {
                            if (rowF[k] != 0f && !out.add(k, rowF[k], limit)) {
                                return false;
                            }
                        }
                    }
                }
                return true;
            }
            doubles.get(r * cols, rowD, 0, cols);
            for (int k = 0; k < cols; k++) {
                if (rowD[k] != 0.0 && !out.add(k, rowD[k], limit)) {
                    return false;
                }
            }
            return true;
        }

        /** True when a value in {@code [from, to)} is non-zero; a branch-free test of 8 at a time. */
        private static boolean anyNonZero(float[] v, int from, int to) {
            if (to - from == 8) {
                return (v[from] != 0f) | (v[from + 1] != 0f) | (v[from + 2] != 0f) | (v[from + 3] != 0f)
                        | (v[from + 4] != 0f) | (v[from + 5] != 0f) | (v[from + 6] != 0f) | (v[from + 7] != 0f);
            }
            for (int k = from; k < to; k++) {
                if (v[k] != 0f) {
                    return true;
                }
            }
            return false;
        }
    }

    private static INDArray contiguous(INDArray x) {
        if (x.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("synapse input of " + x.length() + " elements exceeds 2^31 − 1");
        }
        boolean ok = x.ordering() == 'c' && x.offset() == 0 && Shape.hasDefaultStridesForShape(x)
                && x.data().length() == x.length();
        return ok ? x : x.dup('c');
    }
}
