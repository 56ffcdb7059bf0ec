package org.snn4j.autograd.ops.sparse;

import java.util.concurrent.atomic.AtomicBoolean;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.backend.NativeMemoryPressure;
import org.snn4j.autograd.backend.ParallelTasks;

/**
 * A binary matrix {@code x [R, K]} (every element exactly {@code +0.0} or {@code 1.0}: spikes) kept
 * as a row-major bit set, what the dense path of a dense layer keeps for its weight gradient
 * {@code ∂W = Gᵀ·X} instead of {@code X} ({@link org.snn4j.autograd.ops.LinearAlgebra#affine}):
 * <pre>
 * bit (k mod 64) of word  r·⌈K/64⌉ + ⌊k/64⌋  =  [x[r, k] = 1]
 * </pre>
 * {@code 8·R·⌈K/64⌉} bytes ({@link #bytes}), about {@code R·K/8}: 1/32 of a float32 array and
 * 1/64 of a float64 one (LIF-MLP hidden spikes [3200, 800]: 0.33 MB instead of 10.2 MB).
 *
 * <p>{@link #pack} is one pass over {@code x} that both tests "binary" and packs, chunks of
 * {@value SpikeEvents#CHUNK_ROWS} rows in parallel (as {@link SpikeEvents#scan}); it gives up
 * ({@code null}) at the first row holding another value ({@code −0.0}, NaN, 0.5, …), so nothing
 * changes for such inputs. Float32 rows run on the vector API when it is available
 * ({@link EventSynapse#vectorised()}, {@link VectorBits}), else, like float64 rows, on scalar loops.
 * {@link #unpack} rebuilds {@code x} exactly (a fresh 'c'-ordered array of its type) when the
 * backward pass runs; that array is temporary and not kept by the tape.
 *
 * <p>Cost, measured with JMH ({@code SparseSynapseBenchmark.packBits}/{@code unpackBits}
 * {@code -p shape=fc1,fc2 -p density=0.25}, 2 forks × 5, {@code GLIBC_TUNABLES} of the launcher,
 * loaded 2-core AMD EPYC Zen 4 with AVX-512, 2026-12-07; relative figures only): pack 0.43 ± 0.05 ms
 * for both [3200, 784] and [3200, 800] float32 (one read of 10 MB), unpack 0.75 ± 0.06 and
 * 0.93 ± 0.09 ms (a fresh 10 MB array written once), against 39 ± 9 ms for the dense forward GEMM
 * with bias at the fc1 shape ({@code W [800, 784]}) and 23.1 ± 0.6 ms for its ∂W GEMM: about 1 % and
 * 3 % of them. Scalar loops ({@code -Dsnn4j.vector=off}): pack 1.9–2.3 ms, unpack 2.5–2.6 ms. At the
 * fc2 shape ({@code N = 10}) the GEMMs themselves take only 0.97 and 0.42 ms, so there the bits cost
 * about as much time as the products (that layer takes the event path anyway when the vector API
 * runs, {@link EventSynapse#crossover(long)}).
 */
public final class SpikeBits {
    private static final long ONE_D = Double.doubleToRawLongBits(1.0);
    private static final int ONE_F = Float.floatToRawIntBits(1f);

    private final int rows;
    private final int cols;
    private final int words;
    private final DataType type;
    private final long[] bits;

    private SpikeBits(int rows, int cols, DataType type, long[] bits) {
        this.rows = rows;
        this.cols = cols;
        this.words = (cols + 63) >>> 6;
        this.type = type;
        this.bits = bits;
    }

    /**
     * The bits of {@code x} when it is a 2-D, 'c'-contiguous FLOAT or DOUBLE array (at most
     * 2³¹ − 1 elements) whose every element is exactly {@code +0.0} or {@code 1.0}; else {@code null}
     * (another layout is not packed: its product with {@link #unpack}'s 'c' array could round
     * differently from the one with {@code x}).
     */
    public static SpikeBits pack(INDArray x) {
        return pack(x, EventSynapse.vectorised() && VectorBits.FITS);
    }

    /** {@link #pack(INDArray)}, float32 rows on the vector API when {@code vector} (tests compare both). */
    static SpikeBits pack(INDArray x, boolean vector) {
        DataType t = x.dataType();
        if (x.rank() != 2 || (t != DataType.FLOAT && t != DataType.DOUBLE) || x.length() == 0
                || x.length() > Integer.MAX_VALUE || !NativeArrays.isContiguous(x)) {
            return null;
        }
        NativeArrays c = NativeArrays.of(x);
        int rows = (int) x.size(0);
        int cols = (int) x.size(1);
        int words = (cols + 63) >>> 6;
        long[] bits = new long[Math.multiplyExact(rows, words)];
        int chunk = SpikeEvents.CHUNK_ROWS;
        AtomicBoolean other = new AtomicBoolean();
        ParallelTasks.forEach((rows + chunk - 1) / chunk, ch -> {
            int r0 = ch * chunk;
            int r1 = Math.min(rows, r0 + chunk);
            if (!other.get() && !packRows(c, r0, r1, cols, bits, vector, other)) {
                other.set(true);
            }
        });
        return other.get() ? null : new SpikeBits(rows, cols, t, bits);
    }

    /** Packs rows {@code [r0, r1)}; false at the first row with a value other than +0.0 and 1.0. */
    private static boolean packRows(NativeArrays x, int r0, int r1, int cols, long[] bits, boolean vector,
                                    AtomicBoolean other) {
        int words = (cols + 63) >>> 6;
        boolean f = x.dataType() == DataType.FLOAT;
        int[] fr = f ? new int[cols] : null;
        double[] dr = f ? null : new double[cols];
        for (int r = r0; r < r1 && !other.get(); r++) {
            int at = r * words;
            boolean binary;
            if (f) {
                x.getBits(r * cols, fr, 0, cols);
                int k = vector ? VectorBits.pack(fr, cols, bits, at) : 0;
                binary = k >= 0 && packFloats(fr, k, cols, bits, at);
            } else {
                x.get(r * cols, dr, 0, cols);
                binary = packDoubles(dr, cols, bits, at);
            }
            if (!binary) {
                return false;
            }
        }
        return true;
    }

    /** Scalar: columns {@code [from, len)} ({@code from} a multiple of 64) of a float32 row's raw bits. */
    private static boolean packFloats(int[] row, int from, int len, long[] dst, int at) {
        boolean other = false;
        for (int k0 = from; k0 < len; k0 += 64) {
            long word = 0;
            for (int k = k0, end = Math.min(len, k0 + 64); k < end; k++) {
                int b = row[k];
                other |= b != 0 & b != ONE_F;
                word |= (b == ONE_F ? 1L : 0L) << k;
            }
            dst[at + (k0 >>> 6)] = word;
        }
        return !other;
    }

    /** Scalar: a float64 row (raw bits, so −0.0 is not binary). */
    private static boolean packDoubles(double[] row, int len, long[] dst, int at) {
        boolean other = false;
        for (int k0 = 0; k0 < len; k0 += 64) {
            long word = 0;
            for (int k = k0, end = Math.min(len, k0 + 64); k < end; k++) {
                long b = Double.doubleToRawLongBits(row[k]);
                other |= b != 0 & b != ONE_D;
                word |= (b == ONE_D ? 1L : 0L) << k;
            }
            dst[at + (k0 >>> 6)] = word;
        }
        return !other;
    }

    /** {@code x} again: a fresh 'c'-ordered {@code [R, K]} array of its type, equal to it element by element. */
    public INDArray unpack() {
        return unpack(EventSynapse.vectorised() && VectorBits.FITS);
    }

    /** {@link #unpack()}, float32 rows on the vector API when {@code vector}. */
    INDArray unpack(boolean vector) {
        NativeArrays out = NativeArrays.allocate(type, rows, cols);
        int chunk = SpikeEvents.CHUNK_ROWS;
        boolean f = type == DataType.FLOAT;
        ParallelTasks.forEach((rows + chunk - 1) / chunk, ch -> {
            float[] fr = f ? new float[cols] : null;
            double[] dr = f ? null : new double[cols];
            for (int r = ch * chunk, r1 = Math.min(rows, r + chunk); r < r1; r++) {
                int at = r * words;
                if (f) {
                    int k = vector ? VectorBits.unpack(bits, at, cols, fr) : 0;
                    for (; k < cols; k++) {   // branch-free: the bit, negated, masks the bits of 1.0f
                        fr[k] = Float.intBitsToFloat(-(int) (bits[at + (k >>> 6)] >>> k & 1L) & ONE_F);
                    }
                    out.put(r * cols, fr, 0, cols);
                } else {
                    for (int k = 0; k < cols; k++) {
                        dr[k] = Double.longBitsToDouble(-(bits[at + (k >>> 6)] >>> k & 1L) & ONE_D);
                    }
                    out.put(r * cols, dr, 0, cols);
                }
            }
        });
        INDArray x = out.array();
        NativeMemoryPressure.produced(x);   // counted like an op output, so the collections that free it come in time
        return x;
    }

    /** Rows {@code R}. */
    public int rows() {
        return rows;
    }

    /** Columns {@code K}. */
    public int cols() {
        return cols;
    }

    /** The type {@link #unpack} rebuilds (FLOAT or DOUBLE). */
    public DataType dataType() {
        return type;
    }

    /** Bytes kept: {@code 8·R·⌈K/64⌉}. */
    public long bytes() {
        return 8L * bits.length;
    }
}
