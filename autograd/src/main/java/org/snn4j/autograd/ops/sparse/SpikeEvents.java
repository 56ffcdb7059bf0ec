package org.snn4j.autograd.ops.sparse;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.backend.ParallelTasks;

/**
 * The non-zero entries ("events") of a matrix {@code x [R, K]} in compressed sparse row form: row
 * {@code r} holds the events {@code (col[i], value[i])} for {@code rowStart[r] ≤ i < rowStart[r+1]},
 * columns ascending. For a binary input (every non-zero is exactly 1, spikes) no values are kept,
 * so the list costs {@code 4·(R + 1 + nnz)} bytes instead of the {@code 4·R·K} of a float32 array
 * (LIF-MLP input [3200, 784] at 13 %: 1.3 MB instead of 10 MB).
 *
 * <p>{@link #scan} reads the array's buffer once, chunks of {@value #CHUNK_ROWS} rows in parallel,
 * and gives up ({@code null}) as soon as one chunk is denser than the limit, so a dense input costs
 * about one row per chunk before the caller falls back to the dense path.
 */
public final class SpikeEvents {
    /** Rows scanned per parallel task; also the granularity of the density limit. */
    public static final int CHUNK_ROWS = 64;

    final int rows;
    final int cols;
    final int[] rowStart;
    final int[] col;
    /** The events' values, or {@code null} when every one is 1 (binary input). */
    final double[] value;

    private SpikeEvents(int rows, int cols, int[] rowStart, int[] col, double[] value) {
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart;
        this.col = col;
        this.value = value;
    }

    /**
     * The events of {@code x} ({@code [R, K]}, FLOAT or DOUBLE, any layout), or {@code null} when a
     * chunk of (up to) {@value #CHUNK_ROWS} rows has more than {@code maxDensity·rows·K} non-zeros
     * ({@code maxDensity < 0}: always {@code null}; {@code ≥ 1}: never). {@code −0.0} counts as a
     * non-zero (it contributes nothing).
     */
    public static SpikeEvents scan(INDArray x, double maxDensity) {
        if (x.rank() != 2) {
            throw new IllegalArgumentException("spike events: need a 2-D array, got shape " + Arrays.toString(x.shape()));
        }
        if (maxDensity < 0) {
            return null;
        }
        NativeArrays c = NativeArrays.ofCopyIfNeeded(x);
        int rows = (int) x.size(0);
        int cols = (int) x.size(1);
        int chunks = (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
        Chunk[] found = new Chunk[chunks];
        int[] rowCount = new int[rows];
        AtomicBoolean dense = new AtomicBoolean();
        double density = Math.min(1.0, maxDensity);
        ParallelTasks.forEach(chunks, ch -> {
            if (!dense.get()) {
                int r0 = ch * CHUNK_ROWS;
                int r1 = Math.min(rows, r0 + CHUNK_ROWS);
                long cap = (long) (r1 - r0) * cols;
                int limit = (int) Math.min(cap, (long) Math.floor(density * cap));
                found[ch] = Chunk.scan(c, r0, r1, cols, limit, rowCount);
                if (found[ch] == null) {
                    dense.set(true);
                }
            }
        });
        return dense.get() ? null : merge(rows, cols, rowCount, found);
    }

    /** Rows {@code R}. */
    public int rows() {
        return rows;
    }

    /** Columns {@code K}. */
    public int cols() {
        return cols;
    }

    /** Number of events. */
    public int nonZeros() {
        return rowStart[rows];
    }

    /**
     * The row offsets {@code rowStart[0 … R]} (the list's own array: read, do not modify); row
     * {@code r}'s events are {@code rowStart[r] ≤ i < rowStart[r + 1]}.
     */
    public int[] rowStarts() {
        return rowStart;
    }

    /** The events' columns, ascending within a row (the list's own array: read, do not modify). */
    public int[] columns() {
        return col;
    }

    /** The value of event {@code i} (1 for a binary input). */
    public double value(int i) {
        return value == null ? 1.0 : value[i];
    }

    /** True when every event has the value 1 (then no values are stored). */
    public boolean binary() {
        return value == null;
    }

    /** {@code nnz / (R·K)}. */
    public double density() {
        return rows == 0 || cols == 0 ? 0 : (double) nonZeros() / ((double) rows * cols);
    }

    /**
     * The compact column form a backward rule keeps for the weight gradient: a bit set when binary,
     * else the events sorted by column with their values ({@link SpikeColumns}).
     */
    public SpikeColumns byColumn() {
        return SpikeColumns.of(this);
    }

    private static SpikeEvents merge(int rows, int cols, int[] rowCount, Chunk[] found) {
        int[] start = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            start[r + 1] = start[r] + rowCount[r];
        }
        int nnz = start[rows];
        boolean binary = true;
        for (Chunk c : found) {
            binary &= c.vals == null;
        }
        int[] col = new int[nnz];
        double[] val = binary ? null : new double[nnz];
        ParallelTasks.forEach(found.length, ch -> {
            Chunk c = found[ch];
            int at = start[ch * CHUNK_ROWS];
            System.arraycopy(c.cols, 0, col, at, c.n);
            if (val != null && c.vals != null) {
                System.arraycopy(c.vals, 0, val, at, c.n);
            } else if (val != null) {
                Arrays.fill(val, at, at + c.n, 1.0);
            }
        });
        return new SpikeEvents(rows, cols, start, col, val);
    }

    /**
     * The events of rows {@code [r0, r1)}: each row is read in bulk and its non-zero columns are
     * listed, float32 rows on the vector API when available ({@link VectorScan}: 16-lane compares
     * packed into bit masks), else by a branch-free compaction (every column is written at the next
     * free slot, which advances only for a non-zero). Values are kept only once a chunk meets a
     * non-zero other than 1.
     */
    private static final class Chunk {
        private static final int ONE_BITS = Float.floatToRawIntBits(1f);
        int[] cols;
        /** Null while every event so far is 1. */
        double[] vals;
        int n;

        private Chunk(int capacity) {
            cols = new int[capacity];
        }

        /** The chunk's events, or {@code null} when there are more than {@code limit}. */
        static Chunk scan(NativeArrays x, int r0, int r1, int cols, int limit, int[] rowCount) {
            Chunk out = new Chunk(Math.max(16, Math.min(limit, (r1 - r0) * cols / 8)) + cols);
            boolean f = x.dataType() == DataType.FLOAT;
            int[] bits = f ? new int[cols] : null;
            double[] d = f ? null : new double[cols];
            for (int r = r0; r < r1; r++) {
                int before = out.n;
                out.reserve(cols + VectorScan.SLACK);
                int[] c = out.cols;
                int n = before;
                boolean nonOne = false;
                if (f) {
                    x.getBits(r * cols, bits, 0, cols);
                    if (RowSums.VECTOR) {
                        long found = VectorScan.nonZeros(bits, cols, c, n);
                        n = (int) found;
                        nonOne = found >>> 32 != 0;
                    } else {
                        for (int k = 0; k < cols; k++) {
                            int b = bits[k];
                            c[n] = k;
                            nonOne |= b != 0 & b != ONE_BITS;
                            n += b != 0 ? 1 : 0;
                        }
                    }
                } else {
                    x.get(r * cols, d, 0, cols);
                    for (int k = 0; k < cols; k++) {
                        double e = d[k];
                        c[n] = k;
                        nonOne |= e != 0.0 & e != 1.0;
                        n += e != 0.0 ? 1 : 0;
                    }
                }
                out.n = n;
                if (nonOne && out.vals == null) {
                    out.vals = new double[c.length];
                    Arrays.fill(out.vals, 0, before, 1.0);
                }
                if (out.vals != null) {
                    for (int i = before; i < n; i++) {
                        out.vals[i] = f ? Float.intBitsToFloat(bits[c[i]]) : d[c[i]];
                    }
                }
                if (n > limit) {
                    return null;
                }
                rowCount[r] = n - before;
                if (r == r0) {   // size the list from the first row (+25 %): no doubling copy for a 1–3 % overshoot
                    out.ensure((int) Math.min(limit, 5L * (n - before) * (r1 - r0) / 4) + cols);
                }
            }
            return out;
        }

        /** Room for {@code more} entries after the current ones. */
        private void reserve(int more) {
            if (n + more > cols.length) {
                ensure(Math.max(2 * cols.length, n + more));
            }
        }

        /** Room for {@code capacity} entries in all. */
        private void ensure(int capacity) {
            if (capacity > cols.length) {
                int[] c = new int[capacity];
                System.arraycopy(cols, 0, c, 0, n);
                cols = c;
                if (vals != null) {
                    double[] v = new double[capacity];
                    System.arraycopy(vals, 0, v, 0, n);
                    vals = v;
                }
            }
        }
    }
}
