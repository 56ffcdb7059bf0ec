package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.backend.ParallelTasks;
import org.snn4j.autograd.backend.TaskArrays;

/**
 * The input gradient of a stride-1, dilation-1 {@link Convolution} in float32 (the transposed
 * convolution) on the JDK's vector API, which {@link Convolution} runs instead of ND4J's
 * {@code deconv2d} (oneDNN's backward-data kernel) where it {@link #applies}:
 * <pre>
 * ∂x[n,c,y,x] = Σ_o Σ_p Σ_q w[o,c,p,q] · g[n, o, y + pH − p, x + pW − q]     (g zero outside [0,OH)×[0,OW))
 * </pre>
 * for {@code g [N, OC, OH, OW]}, {@code w [OC, C, KH, KW]}, {@code pH ≤ KH − 1}, {@code pW ≤ KW − 1}
 * (the adjoint of the forward sum in {@link Convolution}'s javadoc). The class needs
 * {@code jdk.incubator.vector}; {@link Convolution} calls it only when the module is present.
 *
 * <p><b>Loop order.</b> Per sample, the matrix product {@code colᵀ = Wᵀ·G} ({@code M = C·KH·KW}
 * rows, {@code OC} deep, {@code OH·OW} columns) in register blocks, then the shifted sum
 * ("col2im") of each row of {@code col} into a zero-bordered plane, cropped by the padding
 * ({@link TransposedConvGemm} has the loops). Samples are split into fixed chunks, run as parallel
 * tasks ({@link ParallelTasks}), each sample written by one task, and each element summed in a
 * fixed order: the result does not depend on the thread count.
 *
 * <p><b>Speed</b> (2-core AMD EPYC Zen 4, AVX-512, loaded machine, 2026-12-07). The product does
 * every multiply-add of the dense sum and no more, in whole vectors ({@code OH·OW} padded to a
 * multiple of 16), so it does not waste the lanes that a row-by-row kernel wastes on rows narrower
 * than a vector. The kernel it replaced held each output row tile in registers and ran over the
 * zero-bordered rows of {@code g}: at the conv N-MNIST conv2 shape ({@code g [512, 64, 11, 11]},
 * {@code w [64, 12, 5, 5]}, 2.38 GFLOP) only 11 of 16 lanes did useful work. Same-JVM alternation of
 * the two (10 calls each, rounds 2–11): 16.8–18.4 against 19.0–19.1 ms (best call); 3×3, padding 1:
 * {@code 2→12} on 32×32, N = 512: 5.9–6.2 against 7.1–9.2 ms; {@code 12→64} on 7×7: 4.4–4.7 against
 * 5.3–5.4 ms; {@code 64→128} on 8×8, N = 256: 14.7–15.1 against 23.3 ms; {@code 64→64}, 5×5, on
 * 11×11, padding 2: 80–81 against 82 ms; but 10–13 % slower on the wide maps, {@code 12→64} and
 * {@code 32→64} on 32×32 (50 against 44 ms, 32 against 30 ms), where the old rows filled every lane
 * and reused each load for 24 multiply-adds. In the conv N-MNIST training step the switch measured
 * 0.908 and 0.932 (same JVM, {@code SwitchAbMain}-style alternation of blocks of 5 steps, 40 steps
 * each). Against oneDNN: the old kernel ran 22–23 against 25–26 ms at conv2, and 57–63 against
 * 130–147 ms for {@code 12→64} on 32×32; it lost where rows fill few lanes, so {@link #faster}
 * keeps those shapes on oneDNN. Rejected before: the vector over the output channels {@code o}
 * (channels-last, one {@code reduceLanes} per element) ran 40 against oneDNN's 25 ms; loops nested
 * around vector accumulators made C2 box every vector.
 */
public final class TransposedConv {
    private static final int L = TransposedConvGemm.L;
    /** Samples are split into at most this many chunks (parallel tasks). */
    private static final int CHUNKS = 32;

    private final int oc;
    private final int c;
    private final int kh;
    private final int kw;
    private final int oh;
    private final int ow;
    private final int h;
    private final int w;
    private final int ph;
    private final int pw;
    private final TransposedConvGemm kernel;

    private TransposedConv(long[] xShape, long[] wShape, long[] gShape, int[] padding) {
        oc = (int) wShape[0];
        c = (int) wShape[1];
        kh = (int) wShape[2];
        kw = (int) wShape[3];
        oh = (int) gShape[2];
        ow = (int) gShape[3];
        h = (int) xShape[2];
        w = (int) xShape[3];
        ph = padding[0];
        pw = padding[1];
        kernel = new TransposedConvGemm(wShape, oh, ow);
    }

    /**
     * Whether this kernel computes ∂x for these shapes: float32, stride 1, dilation 1, padding at
     * most the kernel size − 1, and {@code g} the exact output of the forward pass (no cropped rows).
     */
    static boolean applies(DataType type, long[] xShape, long[] wShape, long[] gShape, int[] iArgs) {
        if (type != DataType.FLOAT) {
            return false;
        }
        for (int d = 0; d < 2; d++) {
            if (iArgs[2 + d] != 1 || iArgs[6 + d] != 1 || iArgs[4 + d] > iArgs[d] - 1) {
                return false;
            }
        }
        long m = wShape[1] * wShape[2] * wShape[3];
        long full = xShape[1] * (gShape[2] + wShape[2]) * (gShape[3] + L + wShape[3]);
        return xShape[0] * xShape[1] * xShape[2] * xShape[3] < Integer.MAX_VALUE
                && gShape[0] * gShape[1] * gShape[2] * gShape[3] < Integer.MAX_VALUE
                && m * (gShape[2] * gShape[3] + 2L * L) < Integer.MAX_VALUE
                && wShape[0] * (gShape[2] * gShape[3] + L) < Integer.MAX_VALUE && full < Integer.MAX_VALUE;
    }

    /**
     * Whether this kernel is expected to be at least as fast as oneDNN's {@code deconv2d} with this
     * JVM's vectors: {@link #faster(long[], int)} at {@code L} lanes.
     */
    static boolean faster(long[] xShape) {
        return faster(xShape, L);
    }

    /**
     * The speed rule at {@code lanes} floats per vector: 16 lanes at least (512-bit vectors), and the
     * input rows fill at least 3/4 of the vector lanes that cover them ({@code W ≥ ¾·⌈W/L⌉·L}).
     * The rule was measured with the row kernel the GEMM form replaced, which the GEMM form beats at
     * {@code W} = 7, 8 and 11 (class javadoc). The GEMM form against oneDNN at those widths
     * ({@code TransposedConvBenchmark -p shape=w7,w8,w11}, AMD EPYC family 25 model 17, AVX-512, 2
     * cores, loaded, 2026-12-07; two runs, ms per call, GEMM form against oneDNN): {@code W} = 7
     * 3.98 / 5.58 and 5.01 / 4.32, {@code W} = 8 19.7 / 21.5 and 19.9 / 19.1 (ties), {@code W} = 11
     * 147 / 85 (oneDNN much faster): so those widths stay on oneDNN. Measured (same-JVM medians
     * against oneDNN), the row kernel: with 16 lanes it ties or wins
     * at {@code W} = 15, 16, 24, 32 and loses at {@code W} = 7 (10.5 against 7.3 ms, N = 512,
     * {@code 12→64}, 3×3), 8 (34 against 19 ms, N = 256, {@code 64→128}, 3×3) and 11 (92 against
     * 69 ms, N = 512, {@code 64→64}, 5×5, padding 2). With 8 lanes (AVX2) it loses at every width
     * measured: {@code TransposedConvBenchmark} under {@code -XX:UseAVX=2} against the
     * {@code onednn-avx2} build capped at AVX2 ({@code DNNL_MAX_CPU_ISA=AVX2}) on the Zen 4 machine,
     * loaded, 2026-12-07: conv2 ({@code W} = 15) 93 against 55 ms, {@code 12→64} ({@code W} = 32)
     * 291 against 134 ms; the conv N-MNIST step, alternating fresh JVMs: 233–247 against 191–196 ms.
     * The GEMM form loses there too (same setting, 2026-12-07, session 17: conv2 44.6 ± 10.2 against
     * 31.6 ± 8.1 ms, two forks).
     */
    static boolean faster(long[] xShape, int lanes) {
        return lanes >= 16 && 4 * xShape[3] >= 3 * ((xShape[3] + lanes - 1) / lanes * lanes);
    }

    /**
     * ∂x {@code [N, C, H, W]} (float32) for the upstream gradient {@code g [N, OC, OH, OW]} and the
     * weight {@code [OC, C, KH, KW]} of a stride-1, dilation-1 convolution with {@code padding {pH, pW}}
     * (what {@link #applies} accepts; the JVM must have {@code jdk.incubator.vector}).
     */
    public static INDArray inputGrad(long[] xShape, INDArray weight, INDArray g, int[] padding) {
        return new TransposedConv(xShape, weight.shape(), g.shape(), padding).run(weight, g, (int) xShape[0]);
    }

    private INDArray run(INDArray weight, INDArray g, int n) {
        float[] wt = new float[oc * c * kh * kw];
        NativeArrays.ofCopyIfNeeded(weight).get(0, wt, 0, wt.length);
        float[] wp = kernel.pack(wt);
        NativeArrays gv = NativeArrays.ofCopyIfNeeded(g);
        NativeArrays out = NativeArrays.allocate(DataType.FLOAT, n, c, h, w);
        int size = (n + CHUNKS - 1) / CHUNKS;
        int tasks = (n + size - 1) / size;
        int np = kernel.np;
        int plane = oh * ow;
        try (TaskArrays gps = new TaskArrays(oc * np, tasks);
             TaskArrays cols = new TaskArrays(c * kh * kw * kernel.cs, tasks);
             TaskArrays fulls = new TaskArrays(c * kernel.fh * kernel.fw, tasks); TaskArrays dxs = new TaskArrays(c * h * w, tasks)) {
            ParallelTasks.forEach(tasks, ch -> {
                float[] gp = gps.take();
                float[] col = cols.take();
                float[] full = fulls.take();
                float[] dx = dxs.take();
                try {
                    Arrays.fill(gp, 0f);   // the padding of each row (masked anyway); the data is overwritten per pass
                    for (int s = ch * size; s < Math.min(n, (ch + 1) * size); s++) {
                        kernel.sample(wt, wp, gv, s * oc * plane, gp, col, full);
                        for (int k = 0; k < c; k++) {
                            for (int y = 0; y < h; y++) {
                                System.arraycopy(full, (k * kernel.fh + y + ph) * kernel.fw + pw, dx, (k * h + y) * w, w);
                            }
                        }
                        out.put(s * c * h * w, dx, 0, c * h * w);
                    }
                } finally {
                    gps.give(gp);
                    cols.give(col);
                    fulls.give(full);
                    dxs.give(dx);
                }
            });
        }
        return out.array();
    }
}
