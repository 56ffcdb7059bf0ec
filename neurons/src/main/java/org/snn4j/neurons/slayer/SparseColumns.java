package org.snn4j.neurons.slayer;

/**
 * The same non-zeros as a {@link SparseRows}, grouped by column (compressed sparse column form):
 * column {@code k} holds {@code (row[i], val[i])} for {@code colStart[k] ≤ i < colStart[k + 1]},
 * rows ascending. Built by a counting sort in {@code O(nnz + K)}.
 */
final class SparseColumns {
    final int cols;
    final int[] colStart;
    final int[] row;
    final double[] val;

    private SparseColumns(int cols, int[] colStart, int[] row, double[] val) {
        this.cols = cols;
        this.colStart = colStart;
        this.row = row;
        this.val = val;
    }

    static SparseColumns of(SparseRows x) {
        int[] start = new int[x.cols + 1];
        for (int i = 0; i < x.nonZeros(); i++) {
            start[x.col[i] + 1]++;
        }
        for (int k = 0; k < x.cols; k++) {
            start[k + 1] += start[k];
        }
        int[] next = start.clone();
        int[] row = new int[x.nonZeros()];
        double[] val = new double[x.nonZeros()];
        for (int r = 0; r < x.rows; r++) {
            for (int i = x.rowStart[r]; i < x.rowStart[r + 1]; i++) {
                int at = next[x.col[i]]++;
                row[at] = r;
                val[at] = x.val[i];
            }
        }
        return new SparseColumns(x.cols, start, row, val);
    }
}
