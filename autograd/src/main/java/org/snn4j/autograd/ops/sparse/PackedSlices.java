package org.snn4j.autograd.ops.sparse;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.snn4j.autograd.backend.ParallelTasks;

/**
 * The transposed weight {@code Wᵀ} of the float32 forward kernel cut into column blocks, each
 * stored contiguously and padded with zero columns to a whole number of vector registers:
 * <pre>
 * packed[from + o0·depth + d·width + (o − o0)] = M[d, o]      o0 ≤ o &lt; o0 + width (block at o0), 0 ≤ d &lt; depth
 * </pre>
 * with {@code M[d, o] = 0} for the padding columns {@code n ≤ o < padded}. A block is the slice one
 * pass of {@link RowSums#gather} reads ({@code stride = width}, {@code base = o0·depth}), so its rows
 * are adjacent ({@code width} floats apart) instead of {@code n} floats apart, and every block width is
 * a multiple of the vector length: the narrow output of a last layer ({@code n = 10}) runs as one
 * vector per event instead of a scalar loop. Padding columns only ever add zeros to padding outputs,
 * which are never written back, so the real outputs are summed exactly as without padding.
 */
final class PackedSlices {
    /** Side of the square tiles of the transpose: a tile's {@code TILE} source rows stay in L1 while it is written row by row. */
    private static final int TILE = 32;
    /** Below this many packed floats the pack runs on the calling thread (fork-join costs more). */
    private static final int SERIAL = 1 << 16;

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
     * {@code bw} columns, from index {@code from} (where the caller's cache lines start,
     * {@link org.snn4j.autograd.backend.CacheLines}): one pass, no intermediate transpose, in parallel over tiles of
     * {@value #TILE} depth rows (each tile crosses every block, so a narrow {@code n} still splits)
     * unless it is small.
     */
    static void packTransposed(float[] a, int n, int depth, int bw, float[] packed, int from) {
        int np = padded(n);
        int tiles = (depth + TILE - 1) / TILE;
        IntConsumer pack = tile -> {
            int d0 = tile * TILE;
            int d1 = Math.min(depth, d0 + TILE);
            for (int o0 = 0; o0 < np; o0 += bw) {
                int width = Math.min(bw, np - o0);
                int real = Math.max(0, Math.min(width, n - o0));
                int base = from + o0 * depth;
                for (int oa = 0; oa < real; oa += TILE) {
                    int ob = Math.min(real, oa + TILE);
                    for (int d = d0; d < d1; d++) {
                        int at = base + d * width;
                        for (int o = oa; o < ob; o++) {
                            packed[at + o] = a[(o0 + o) * depth + d];
                        }
                    }
                }
                for (int d = d0; real < width && d < d1; d++) {
                    Arrays.fill(packed, base + d * width + real, base + (d + 1) * width, 0f);
                }
            }
        };
        if (np * depth < SERIAL) {
            for (int tile = 0; tile < tiles; tile++) {
                pack.accept(tile);
            }
        } else {
            ParallelTasks.forEach(tiles, pack);
        }
    }
}
