package org.snn4j.neurons.slayer;

import java.lang.ref.Reference;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
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

    /**
     * Bulk reads of one row of a contiguous FLOAT or DOUBLE buffer, scanned for non-zeros. Float
     * rows are read as their raw bits so that 16 entries are tested with one vectorised OR
     * ({@code −0.0f} counts as a non-zero; it adds nothing).
     */
    private static final class RowReader {
        private static final int RUN = 16;
        private final IntBuffer bits;
        private final DoubleBuffer doubles;
        private final int[] rowBits;
        private final double[] rowD;
        private final int cols;
        /** Owns the buffers' memory; ND4J frees it once the array is collected. */
        private final INDArray owner;

        RowReader(INDArray x, int cols) {
            this.cols = cols;
            this.owner = x;
            boolean f = x.dataType() == DataType.FLOAT;
            bits = f ? x.data().asNio().order(ByteOrder.nativeOrder()).asIntBuffer() : null;
            doubles = f ? null : x.data().asNioDouble();
            rowBits = f ? new int[cols] : null;
            rowD = f ? null : new double[cols];
        }

        /** Appends row {@code r}'s non-zeros; false when the limit is exceeded. */
        boolean collect(int r, Collector out, int limit) {
            if (bits == null) {
                doubles.get(r * cols, rowD, 0, cols);
                Reference.reachabilityFence(owner);
                for (int k = 0; k < cols; k++) {
                    if (rowD[k] != 0.0 && !out.add(k, rowD[k], limit)) {
                        return false;
                    }
                }
                return true;
            }
            bits.get(r * cols, rowBits, 0, cols);
            Reference.reachabilityFence(owner);
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

    private static INDArray contiguous(INDArray x) {
        if (x.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("synapse input of " + x.length() + " elements exceeds 2^31 − 1");
        }
        boolean ok = x.ordering() == 'c' && x.offset() == 0 && Shape.hasDefaultStridesForShape(x)
                && x.data().length() == x.length();
        return ok ? x : x.dup('c');
    }
}
