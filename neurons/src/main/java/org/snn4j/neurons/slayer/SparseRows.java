package org.snn4j.neurons.slayer;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;

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
        if (x.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("synapse input of " + x.length() + " elements exceeds 2^31 − 1");
        }
        NativeArrays c = NativeArrays.ofCopyIfNeeded(x);
        int rows = (int) x.size(0);
        int cols = (int) x.size(1);
        int chunks = (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
        int[][] chunkCols = new int[chunks][];
        double[][] chunkVals = new double[chunks][];
        int[] rowCount = new int[rows];
        AtomicBoolean dense = new AtomicBoolean();
        int limit = (int) Math.min(Integer.MAX_VALUE, Math.ceil(maxDensity * CHUNK_ROWS * cols));
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            if (!dense.get()) {
                scanChunk(c, ch, rows, cols, limit, rowCount, chunkCols, chunkVals, dense);
            }
        });
        if (dense.get()) {
            return null;
        }
        return merge(rows, cols, rowCount, chunkCols, chunkVals);
    }

    private static void scanChunk(NativeArrays x, int chunk, int rows, int cols, int limit, int[] rowCount,
                                  int[][] chunkCols, double[][] chunkVals, AtomicBoolean dense) {
        int r0 = chunk * CHUNK_ROWS;
        int r1 = Math.min(rows, r0 + CHUNK_ROWS);
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

    /**
     * Bulk reads of one row of a contiguous FLOAT or DOUBLE buffer, scanned for non-zeros. Float
     * rows are read as their raw bits so that 16 entries are tested with one vectorised OR
     * ({@code −0.0f} counts as a non-zero; it adds nothing).
     */
    private static final class RowReader {
        private static final int RUN = 16;
        private final NativeArrays view;
        private final int[] rowBits;
        private final double[] rowD;
        private final int cols;

        RowReader(NativeArrays view, int cols) {
            this.cols = cols;
            this.view = view;
            boolean f = view.dataType() == DataType.FLOAT;
            rowBits = f ? new int[cols] : null;
            rowD = f ? null : new double[cols];
        }

        /** Appends row {@code r}'s non-zeros; false when the limit is exceeded. */
        boolean collect(int r, Collector out, int limit) {
            if (rowBits == null) {
                view.get(r * cols, rowD, 0, cols);
                for (int k = 0; k < cols; k++) {
                    if (rowD[k] != 0.0 && !out.add(k, rowD[k], limit)) {
                        return false;
                    }
                }
                return true;
            }
            view.getBits(r * cols, rowBits, 0, cols);
            for (int k0 = 0; k0 < cols; k0 += RUN) {
                int end = Math.min(cols, k0 + RUN);
                int any = 0;
                for (int k = k0; k < end; k++) {
                    any |= rowBits[k];
                }
                for (int k = k0; any != 0 && k < end; k++) {
                    if (rowBits[k] != 0 && !out.add(k, Float.intBitsToFloat(rowBits[k]), limit)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
