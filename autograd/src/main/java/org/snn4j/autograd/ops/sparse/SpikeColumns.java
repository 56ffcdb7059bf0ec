package org.snn4j.autograd.ops.sparse;

import java.util.Arrays;
import org.snn4j.autograd.backend.ParallelTasks;

/**
 * The events of {@code x [R, K]} in the compact form a backward rule keeps for the weight gradient
 * {@code ∂Wᵀ[j, :] = Σ_{(r, v) ∈ column j} v·G[r, :]} ({@link EventSynapse#weightGradient}):
 * <ul>
 *   <li>binary input (spikes): a column-major bit set, bit {@code r} of column {@code j} set when
 *       {@code x[r, j] = 1}, {@code K·⌈R/64⌉} longs, i.e. {@code R·K/8} bytes whatever the density
 *       (LIF-MLP hidden spikes [3200, 800]: 320 kB, where the float32 array is 10 MB and its event list
 *       at 6 % 0.6 MB);</li>
 *   <li>other input: the events grouped by column with their values (compressed sparse column form:
 *       {@code 4·(K + 1) + 12·nnz} bytes).</li>
 * </ul>
 * {@link #csc} expands either form into row lists, rows ascending within a column, when the backward
 * pass runs; that expansion is temporary and not kept by the tape.
 */
public final class SpikeColumns {
    final int rows;
    final int cols;
    /** Binary form: column {@code j}'s rows are the set bits of {@code bits[j·words … (j+1)·words)}; else null. */
    private final long[] bits;
    private final int words;
    /** Non-binary form, else null. */
    private final Csc csc;

    private SpikeColumns(int rows, int cols, long[] bits, Csc csc) {
        this.rows = rows;
        this.cols = cols;
        this.bits = bits;
        this.words = (rows + 63) >>> 6;
        this.csc = csc;
    }

    /** Column {@code j} holds the events {@code (row[i], value[i])}, {@code start[j] ≤ i < start[j+1]} ({@code value} null when binary). */
    record Csc(int[] start, int[] row, double[] value) {
    }

    /** The compact column form of {@code e}: bits when binary, else the column-sorted events with values. */
    static SpikeColumns of(SpikeEvents e) {
        int words = (e.rows + 63) >>> 6;
        if (e.value == null) {
            long[] b = new long[Math.multiplyExact(e.cols, words)];
            // word w of every column holds rows [64w, 64w + 64): one task per word writes disjoint longs
            ParallelTasks.forEach(words, w -> {
                for (int r = w << 6, end = Math.min(e.rows, r + 64); r < end; r++) {
                    long bit = 1L << r;
                    for (int i = e.rowStart[r]; i < e.rowStart[r + 1]; i++) {
                        b[e.col[i] * words + w] |= bit;
                    }
                }
            });
            return new SpikeColumns(e.rows, e.cols, b, null);
        }
        return new SpikeColumns(e.rows, e.cols, null, sortByColumn(e));
    }

    /** Rows {@code R}. */
    public int rows() {
        return rows;
    }

    /** Columns {@code K}. */
    public int cols() {
        return cols;
    }

    /** True when every event has the value 1 (kept as bits). */
    public boolean binary() {
        return bits != null;
    }

    /** The events grouped by column, rows ascending (expanded from the bits when binary). */
    Csc csc() {
        if (bits == null) {
            return csc;
        }
        int[] start = new int[cols + 1];
        for (int j = 0; j < cols; j++) {
            int n = 0;
            for (int w = j * words, end = w + words; w < end; w++) {
                n += Long.bitCount(bits[w]);
            }
            start[j + 1] = start[j] + n;
        }
        int[] row = new int[start[cols]];
        int chunk = 64;
        ParallelTasks.forEach((cols + chunk - 1) / chunk, c -> {
            for (int j = c * chunk, jn = Math.min(cols, j + chunk); j < jn; j++) {
                int at = start[j];
                for (int w = 0; w < words; w++) {
                    long m = bits[j * words + w];
                    while (m != 0) {
                        row[at++] = (w << 6) + Long.numberOfTrailingZeros(m);
                        m &= m - 1;
                    }
                }
            }
        });
        return new Csc(start, row, null);
    }

    /** The events of {@code e} grouped by column by a counting sort in {@code O(nnz + K)}. */
    private static Csc sortByColumn(SpikeEvents e) {
        int nnz = e.nonZeros();
        int[] start = new int[e.cols + 1];
        for (int i = 0; i < nnz; i++) {
            start[e.col[i] + 1]++;
        }
        for (int c = 0; c < e.cols; c++) {
            start[c + 1] += start[c];
        }
        int[] next = Arrays.copyOf(start, e.cols);
        int[] row = new int[nnz];
        double[] v = e.value == null ? null : new double[nnz];
        for (int r = 0; r < e.rows; r++) {
            for (int i = e.rowStart[r]; i < e.rowStart[r + 1]; i++) {
                int at = next[e.col[i]]++;
                row[at] = r;
                if (v != null) {
                    v[at] = e.value[i];
                }
            }
        }
        return new Csc(start, row, v);
    }
}
