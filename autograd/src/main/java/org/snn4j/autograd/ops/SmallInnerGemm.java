package org.snn4j.autograd.ops;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.backend.ParallelTasks;
import org.snn4j.autograd.backend.TaskArrays;

/**
 * {@code C = A·B} for float32 {@code A [M, K]}, {@code B [K, N]} with a small inner size
 * {@code K ≤} {@value #MAX_INNER} on the JDK's vector API, which {@link Gemm#mm} runs instead of
 * libnd4j's {@code matmul} op where it applies: the input gradient of a readout layer,
 * {@code ∂X = G·W} with {@code G [T·B, 10]}, is such a product, with an output as large as the
 * layer's input.
 * <pre>
 * C[i, j] = Σ_k A[i, k] · B[k, j]        (k ascending, one FMA chain per element)
 * </pre>
 * Each row of {@code C} is built in a heap row, four vectors of columns at a time held in registers
 * over the {@code K} broadcasts of {@code A[i, k]} ({@code B}, at most {@code 16·N} floats, stays in
 * the cache), then copied into the output; rows are split into fixed tasks
 * ({@link ParallelTasks}), so the result does not depend on the thread count.
 *
 * <p>Why: with {@code K} = 10 the work is tiny (25.6 MFLOP for the LIF-MLP's {@code [3200, 10]·[10, 800]})
 * but the op took 2.5 ms per call in the training step (2-core AMD EPYC Zen 4, AVX-512, 2026-12-07;
 * oneDNN's {@code gemm:jit} reported about 1.3 ms of it under {@code DNNL_VERBOSE}, the rest was the
 * op's dispatch and its OpenMP threads waking).
 */
final class SmallInnerGemm {
    /** The largest inner size this kernel takes. */
    static final int MAX_INNER = 16;
    /** Products with fewer output elements stay on libnd4j (the call costs more than it saves). */
    static final long MIN_OUTPUT = 1 << 16;
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Output elements per parallel task (whole rows). */
    private static final int TASK_ELEMENTS = 1 << 15;
    /** The accumulators' start (a zero array, not {@code FloatVector.zero}: see {@link TransposedConvGemm}). */
    private static final float[] ZERO = new float[L];

    private SmallInnerGemm() {
    }

    /** Whether this kernel computes {@code a·b}: float32, 2-D, inner size at most {@value #MAX_INNER}, a large output. */
    static boolean applies(INDArray a, INDArray b) {
        return a.dataType() == DataType.FLOAT && b.dataType() == DataType.FLOAT && a.rank() == 2 && b.rank() == 2
                && a.size(1) <= MAX_INNER && a.size(0) * b.size(1) >= MIN_OUTPUT
                && a.length() < Integer.MAX_VALUE && b.length() < Integer.MAX_VALUE
                && a.size(0) * b.size(1) < Integer.MAX_VALUE;
    }

    /** {@code a·b} as a new c-order array (what {@link #applies} accepts). */
    static INDArray mm(INDArray a, INDArray b) {
        int m = (int) a.size(0);
        int k = (int) a.size(1);
        int n = (int) b.size(1);
        float[] av = new float[m * k];
        NativeArrays.ofCopyIfNeeded(a).get(0, av, 0, av.length);
        float[] bv = new float[k * n];
        NativeArrays.ofCopyIfNeeded(b).get(0, bv, 0, bv.length);
        NativeArrays out = NativeArrays.allocate(DataType.FLOAT, m, n);
        int rows = Math.max(1, TASK_ELEMENTS / n);
        int tasks = (m + rows - 1) / rows;
        try (TaskArrays scratch = new TaskArrays(n, tasks)) {
            ParallelTasks.forEach(tasks, t -> {
                float[] row = scratch.take();
                try {
                    for (int i = t * rows; i < Math.min(m, (t + 1) * rows); i++) {
                        row(av, i * k, k, bv, n, row);
                        out.put(i * n, row, 0, n);
                    }
                } finally {
                    scratch.give(row);
                }
            });
        }
        return out.array();
    }

    /** {@code row[j] = Σ_k a[ai + k]·b[k·n + j]}. */
    private static void row(float[] a, int ai, int k, float[] b, int n, float[] row) {
        int j = 0;
        for (; j + 4 * L <= n; j += 4 * L) {
            FloatVector c0 = FloatVector.fromArray(S, ZERO, 0);
            FloatVector c1 = c0;
            FloatVector c2 = c0;
            FloatVector c3 = c0;
            for (int kk = 0, bi = j; kk < k; kk++, bi += n) {
                FloatVector e = FloatVector.broadcast(S, a[ai + kk]);
                c0 = e.fma(FloatVector.fromArray(S, b, bi), c0);
                c1 = e.fma(FloatVector.fromArray(S, b, bi + L), c1);
                c2 = e.fma(FloatVector.fromArray(S, b, bi + 2 * L), c2);
                c3 = e.fma(FloatVector.fromArray(S, b, bi + 3 * L), c3);
            }
            c0.intoArray(row, j);
            c1.intoArray(row, j + L);
            c2.intoArray(row, j + 2 * L);
            c3.intoArray(row, j + 3 * L);
        }
        for (; j + L <= n; j += L) {
            FloatVector c0 = FloatVector.fromArray(S, ZERO, 0);
            for (int kk = 0, bi = j; kk < k; kk++, bi += n) {
                c0 = FloatVector.broadcast(S, a[ai + kk]).fma(FloatVector.fromArray(S, b, bi), c0);
            }
            c0.intoArray(row, j);
        }
        for (; j < n; j++) {
            float c = 0f;
            for (int kk = 0; kk < k; kk++) {
                c = Math.fma(a[ai + kk], b[kk * n + j], c);
            }
            row[j] = c;
        }
    }
}
