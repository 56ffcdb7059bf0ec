package org.snn4j.autograd.ops.sparse;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The heap operand of the float32 event kernels ({@code Wᵀ} for the forward pass, {@code G} for the
 * weight gradient) cut into column blocks, each stored contiguously and padded with zero columns to a
 * whole number of vector registers:
 * <pre>
 * packed[o0·depth + d·width + (o − o0)] = M[d, o]      o0 ≤ o &lt; o0 + width (block at o0), 0 ≤ d &lt; depth
 * </pre>
 * with {@code M[d, o] = 0} for the padding columns {@code n ≤ o < padded}. A block is the slice one
 * pass of {@link RowSums#gather} reads ({@code stride = width}, {@code base = o0·depth}), so its rows
 * are adjacent ({@code width} floats apart) instead of {@code n} floats apart, and every block width is
 * a multiple of the vector length: the narrow output of a last layer ({@code n = 10}) runs as one
 * vector per event instead of a scalar loop. Padding columns only ever add zeros to padding outputs,
 * which are never written back, so the real outputs are summed exactly as without padding.
 */
final class PackedSlices {
    /** Columns per transpose tile: a tile reads {@code TILE} floats of each of a block's rows. */
    private static final int TILE = 64;

    private PackedSlices() {
    }

    /** {@code n} rounded up to a whole number of {@link RowSums#lanes()}. */
    static int padded(int n) {
        int l = RowSums.lanes();
        return (n + l - 1) / l * l;
    }

    /**
     * Packs the transpose of {@code a [n, depth]} (row-major, {@code Mᵀ = a}: the weight {@code W [N, K]}
     * read as {@code Wᵀ [K, N]}) into {@code packed} ({@code depth·padded(n)} floats), blocks of
     * {@code bw} columns, in parallel over blocks: one pass, no intermediate transpose.
     */
    static void packTransposed(float[] a, int n, int depth, int bw, float[] packed) {
        int np = padded(n);
        IntStream.range(0, (np + bw - 1) / bw).parallel().forEach(blk -> {
            int o0 = blk * bw;
            int width = Math.min(bw, np - o0);
            int real = Math.max(0, Math.min(width, n - o0));
            int base = o0 * depth;
            for (int d0 = 0; d0 < depth; d0 += TILE) {
                int d1 = Math.min(depth, d0 + TILE);
                for (int o = 0; o < real; o++) {
                    int src = (o0 + o) * depth;
                    for (int d = d0; d < d1; d++) {
                        packed[base + d * width + o] = a[src + d];
                    }
                }
                for (int d = d0; real < width && d < d1; d++) {
                    Arrays.fill(packed, base + d * width + real, base + (d + 1) * width, 0f);
                }
            }
        });
    }

    /**
     * Packs row {@code r} of {@code m [depth, n]} (row-major), given as {@code row} (its {@code n}
     * floats), into {@code packed} ({@code depth·padded(n)} floats), blocks of {@code bw} columns: the
     * gradient {@code G [R, N]} is packed row by row as it is read from native memory.
     */
    static void packRow(float[] row, int r, int n, int depth, int bw, float[] packed) {
        int np = padded(n);
        for (int o0 = 0; o0 < np; o0 += bw) {
            int width = Math.min(bw, np - o0);
            int real = Math.max(0, Math.min(width, n - o0));
            int at = o0 * depth + r * width;
            System.arraycopy(row, o0, packed, at, real);
            if (real < width) {
                Arrays.fill(packed, at + real, at + width, 0f);
            }
        }
    }
}
