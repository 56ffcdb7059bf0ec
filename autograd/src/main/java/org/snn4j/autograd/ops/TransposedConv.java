package org.snn4j.autograd.ops;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;
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
 * <p><b>Loop order.</b> Per sample, {@code g[n]} is copied into a heap scratch
 * {@code [OC][OH][⌈W/L⌉·L + KW − 1]} ({@code L} lanes per vector) with {@code KW − 1 − pW} zero
 * columns before each row and zeros after it, so every vector read is in range. Output rows are
 * computed in tiles of {@code L} columns ({@link TransposedConvRows}); for each output row only the
 * kernel rows {@code p} that reach a row of {@code g} are visited (tap-major order {@code (p, o, q)},
 * so they are one run). For a block of {@value TransposedConvRows#BLOCK} channels (then blocks of 4
 * and 1) the tile of each channel is one accumulator register; for each tap {@code (p, o, q)} one
 * vector of the scratch row {@code (o, y + pH − p)} at column {@code x₀ + KW − 1 − q} is loaded and
 * multiplied-added (FMA) into the accumulators with the broadcast weights {@code w[o, c…, p, q]}
 * (held {@code [p][o][q][c]}). Output rows go in pairs: the kernel rows both reach share each weight
 * broadcast (24 accumulators, two loads, twelve broadcasts per tap), then a one-row pass adds the
 * kernel row that only one of them reaches (at the map's top and bottom edges); pairing every row
 * this way ran 8–10 % faster than pairing only rows with equal ranges (3 of 3 JVMs, same-JVM
 * interleaved), and the pair loop alone reaches 93 against 78 GFLOP/s for the one-row loop. Each
 * element is summed by one task in a fixed tap order with FMAs, so the result does not depend on
 * the thread count (samples are split into fixed chunks on the common fork-join pool, each sample
 * written by one task).
 *
 * <p><b>Speed</b> (2-core AMD EPYC Zen 4, AVX-512, loaded machine shared with other builds, same-JVM
 * interleaved calls against oneDNN {@code deconv2d} with {@code OMP_WAIT_POLICY=PASSIVE}, medians,
 * 2026-12-07). Alone on one core the one-row loop runs 78–82 GFLOP/s of 16-lane FMAs and the pair
 * loop 93. At the conv N-MNIST conv2 shape ({@code g [512, 64, 11, 11]}, {@code w [64, 12, 5, 5]},
 * 2.38 GFLOP) only 11 of the 16 lanes do useful work (the 15-wide row holds {@code KW − 1} zero
 * columns per tap), yet it beats oneDNN: 22–23 against 25–26 ms (3 of 3 JVMs). With {@code 3×3}
 * kernels, padding 1, on {@code 32×32} maps it wins more: {@code 2→12} channels, N = 512, 8–14
 * against 35–67 ms; {@code 12→64}, N = 512, 57–63 against 130–147 ms; {@code 32→64}, N = 128, 32–63
 * against 39–78 ms; at {@code W} = 16 and 24 it ties. It loses where rows fill few lanes
 * ({@link #faster}, the rule {@link Convolution} applies): {@code W} = 7, 8, 11 ran 1.3–1.8× slower.
 * The conv N-MNIST step time did not change measurably ({@code ConvNmnistMain 40 10}, fresh JVMs
 * alternating, two sets of 3 rounds: medians 126–133 against 132–134 ms, then 107–139 against
 * 108–125 ms; same-JVM steps alternating the two kernels: paired differences −1 to +1 ms), but its
 * peak RSS fell (427–470 against 451–532 MiB): this kernel needs none of oneDNN's blocked-layout
 * copies. Rejected: the vector over the output channels {@code o} (channels-last
 * {@code g} and {@code w}, 4 × 4 register block, one {@code reduceLanes} per element), exact in every
 * lane, ran 40 against oneDNN's 25 ms; loops nested over {@code (o, p, q)} around the accumulators
 * made C2 box every vector (900 ms).
 */
public final class TransposedConv {
    private static final int L = TransposedConvRows.L;
    /** Samples are split into at most this many chunks (tasks of the common pool). */
    private static final int CHUNKS = 32;

    private final int oc;
    private final int c;
    private final int kh;
    private final int kw;
    private final int oh;
    private final int ow;
    private final int h;
    private final int w;
    /** Scratch row length and the column of g's first element in it. */
    private final int pw;
    private final int left;
    /** Row length of the heap output {@code [C][H][ws]}: {@code W} rounded up to whole vectors. */
    private final int ws;
    private final TransposedConvRows rows;

    private TransposedConv(long[] xShape, long[] wShape, long[] gShape, int[] padding) {
        oc = (int) wShape[0];
        c = (int) wShape[1];
        kh = (int) wShape[2];
        kw = (int) wShape[3];
        oh = (int) gShape[2];
        ow = (int) gShape[3];
        h = (int) xShape[2];
        w = (int) xShape[3];
        left = kw - 1 - padding[1];
        ws = (w + L - 1) / L * L;
        pw = ws + kw - 1;
        rows = new TransposedConvRows(wShape, oh, h, w, padding[0], pw, ws);
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
        long width = (xShape[3] + L - 1) / L * L + wShape[3] - 1;
        return xShape[0] * xShape[1] * xShape[2] * xShape[3] < Integer.MAX_VALUE
                && gShape[0] * gShape[1] * gShape[2] * gShape[3] < Integer.MAX_VALUE
                && wShape[0] * gShape[2] * width < Integer.MAX_VALUE;
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
     * Measured (see the class javadoc, same-JVM medians against oneDNN): with 16 lanes it ties or wins
     * at {@code W} = 15, 16, 24, 32 and loses at {@code W} = 7 (10.5 against 7.3 ms, N = 512,
     * {@code 12→64}, 3×3), 8 (34 against 19 ms, N = 256, {@code 64→128}, 3×3) and 11 (92 against
     * 69 ms, N = 512, {@code 64→64}, 5×5, padding 2). With 8 lanes (AVX2) it loses at every width
     * measured: {@code TransposedConvBenchmark} under {@code -XX:UseAVX=2} against the
     * {@code onednn-avx2} build capped at AVX2 ({@code DNNL_MAX_CPU_ISA=AVX2}) on the Zen 4 machine,
     * loaded, 2026-12-07: conv2 ({@code W} = 15) 93 against 55 ms, {@code 12→64} ({@code W} = 32)
     * 291 against 134 ms; the conv N-MNIST step, alternating fresh JVMs: 233–247 against 191–196 ms.
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
        float[] wt = kernel(weight);
        NativeArrays gv = NativeArrays.ofCopyIfNeeded(g);
        NativeArrays out = NativeArrays.allocate(DataType.FLOAT, n, c, h, w);
        int size = (n + CHUNKS - 1) / CHUNKS;
        int tasks = (n + size - 1) / size;
        try (TaskArrays gss = new TaskArrays(oc * oh * ow, tasks); TaskArrays gps = new TaskArrays(oc * oh * pw, tasks);
             TaskArrays dxs = new TaskArrays(c * h * ws, tasks)) {
            IntStream.range(0, tasks).parallel().forEach(ch -> {
                float[] gs = gss.take();
                float[] gp = gps.take();
                float[] dx = dxs.take();
                try {
                    Arrays.fill(gp, 0f);   // the zero columns; the data columns are overwritten per sample
                    for (int s = ch * size; s < Math.min(n, (ch + 1) * size); s++) {
                        sample(gv, s, wt, gs, gp, dx);
                        for (int r = 0; r < c * h && ws != w; r++) {   // [C][H][ws] to [C][H][W], in place
                            System.arraycopy(dx, r * ws, dx, r * w, w);
                        }
                        out.put(s * c * h * w, dx, 0, c * h * w);
                    }
                } finally {
                    gss.give(gs);
                    gps.give(gp);
                    dxs.give(dx);
                }
            });
        }
        return out.array();
    }

    /** The weight as {@code [KH][OC][KW][C]} (tap-major, the order of {@link TransposedConvRows}). */
    private float[] kernel(INDArray weight) {
        float[] src = new float[oc * c * kh * kw];
        NativeArrays.ofCopyIfNeeded(weight).get(0, src, 0, src.length);
        float[] t = new float[src.length];
        for (int o = 0; o < oc; o++) {
            for (int k = 0; k < c; k++) {
                for (int p = 0; p < kh; p++) {
                    for (int q = 0; q < kw; q++) {
                        t[((p * oc + o) * kw + q) * c + k] = src[((o * c + k) * kh + p) * kw + q];
                    }
                }
            }
        }
        return t;
    }

    /** ∂x of sample {@code s} into {@code dx [C][H][ws]} (rows padded to whole vectors). */
    private void sample(NativeArrays gv, int s, float[] wt, float[] gs, float[] gp, float[] dx) {
        int per = oc * oh * ow;
        gv.get(s * per, gs, 0, per);
        for (int o = 0; o < oc; o++) {
            for (int i = 0; i < oh; i++) {
                System.arraycopy(gs, (o * oh + i) * ow, gp, (o * oh + i) * pw + left, ow);
            }
        }
        rows.sample(wt, gp, dx);
    }
}
