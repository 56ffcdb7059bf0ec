package org.snn4j.autograd.ops;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * 2-D convolution of {@link Convolution} as three matrix products over one im2col matrix of the
 * whole batch (Chellapilla, Puri &amp; Simard 2006, "High performance convolutional neural networks
 * for document processing"). With {@code K = C·KH·KW} taps, {@code P = OH·OW} output positions
 * and {@code M = N·P} columns, the tap-major matrix
 *
 * <pre>
 * X[(c,p,q), (n,i,j)] = x[n, c, i·sH − pH + p·dH, j·sW − pW + q·dW]      (0 outside the input), X is [K, M]
 * forward   Y  = W·X            W = w as [OC, K];  y[n, o, i, j] = Y[o, (n,i,j)] + b[o]
 * weight    ∂W = G·Xᵀ           G = g as [OC, M]  (g [N, OC, OH, OW] with its first two axes swapped)
 * bias      ∂b[o] = Σ_m G[o, m]
 * input     ∂X = Wᵀ·G,  ∂x = col2im(∂X): each ∂X[(c,p,q), (n,i,j)] added back where X read it
 * </pre>
 * runs the products through {@link Gemm} (oneDNN's matmul on the oneDNN build) and the layout
 * changes in Java. {@code X} is rebuilt in the backward pass instead of being kept on the tape
 * (for the conv N-MNIST conv2 it is 61,952 × 300 floats, 74 MB, rebuilt in a few ms).
 *
 * <p><b>Determinism.</b> Every Java loop writes disjoint parts of its output (one tap row of
 * {@code X}, one output channel, one input channel of {@code ∂x}), and the bias sums run in
 * sample order per channel; the results do not depend on the thread count.
 */
public final class Im2colConv {
    /** Parallel tasks per Java pass (each allocates one scratch row). */
    private static final int TASKS = 8;
    /**
     * The batch is processed in chunks of samples whose im2col matrix has about this many elements
     * (8 MB of floats): a whole-batch matrix (74 MB for conv N-MNIST conv2) and the products made
     * from it are fresh native allocations whose page faults cost more than the copies.
     */
    private static final int CHUNK_ELEMENTS = 1 << 21;
    private final int n;
    private final int c;
    private final int h;
    private final int wd;
    private final int oc;
    private final int kh;
    private final int kw;
    private final int sh;
    private final int sw;
    private final int ph;
    private final int pw;
    private final int dh;
    private final int dw;
    private final int oh;
    private final int ow;
    private final DataType type;
    private final int chunk;

    /**
     * @param xShape {@code [N, C, H, W]}
     * @param wShape {@code [OC, C, KH, KW]}
     * @param stride {@code {sH, sW}}, padding {@code {pH, pW}}, dilation {@code {dH, dW}} (checked by the caller)
     * @param out    the output shape {@code [N, OC, OH, OW]}
     * @param type   FLOAT or DOUBLE
     */
    public Im2colConv(long[] xShape, long[] wShape, int[] stride, int[] padding, int[] dilation, long[] out,
            DataType type) {
        this.n = (int) xShape[0];
        this.c = (int) xShape[1];
        this.h = (int) xShape[2];
        this.wd = (int) xShape[3];
        this.oc = (int) wShape[0];
        this.kh = (int) wShape[2];
        this.kw = (int) wShape[3];
        this.sh = stride[0];
        this.sw = stride[1];
        this.ph = padding[0];
        this.pw = padding[1];
        this.dh = dilation[0];
        this.dw = dilation[1];
        this.oh = (int) out[2];
        this.ow = (int) out[3];
        this.type = type;
        this.chunk = Math.max(1, CHUNK_ELEMENTS / (c * kh * kw * oh * ow));
    }

    /** Whether the im2col matrix {@code [K, M]} and the other arrays are int-indexable. */
    public static boolean fits(long[] xShape, long[] wShape, long[] out) {
        long k = xShape[1] * wShape[2] * wShape[3];
        long m = out[0] * out[2] * out[3];
        return k * m < Integer.MAX_VALUE && out[0] * out[1] * out[2] * out[3] < Integer.MAX_VALUE
                && Arrays.stream(xShape).reduce(1, (a, b) -> a * b) < Integer.MAX_VALUE;
    }

    /** {@code conv2d(x, w) + b} ({@code b} may be {@code null}), a fresh {@code [N, OC, OH, OW]} array. */
    public INDArray forward(INDArray x, INDArray w, INDArray b) {
        Object xa = image(x);
        INDArray wk = kernel(w);
        double[] bias = b == null ? new double[oc] : NativeArrays.read(b, new double[oc]);
        NativeArrays out = NativeArrays.allocate(type, n, oc, oh, ow);
        int p = oh * ow;
        for (int s0 = 0; s0 < n; s0 += chunk) {
            int s1 = Math.min(n, s0 + chunk);
            int first = s0;
            int mc = (s1 - s0) * p;
            NativeArrays y = NativeArrays.of(Gemm.mm(wk, columns(xa, s0, s1)));
            rows(oc, mc, (row, o) -> {
                read(y, o * mc, row, 0, mc);
                if (bias[o] != 0) {
                    addScalar(row, bias[o]);
                }
                for (int s = 0; s < mc / p; s++) {
                    write(out, ((first + s) * oc + o) * p, row, s * p, p);
                }
            });
        }
        return out.array();
    }

    /**
     * The gradients for the upstream gradient {@code g [N, OC, OH, OW]}: {@code {∂x, ∂w, ∂b}}, with
     * {@code null} where {@code needInput} / {@code needWeight} is false ({@code ∂b} also when {@code hasBias} is).
     * The chunks' contributions to {@code ∂w} and {@code ∂b} are added in chunk order.
     */
    public INDArray[] backward(INDArray x, INDArray w, INDArray g, boolean needInput, boolean needWeight,
            boolean hasBias) {
        Object xa = needWeight ? image(x) : null;
        Object gxa = needInput ? newArray(n * c * h * wd) : null;
        INDArray wk = kernel(w);
        NativeArrays gv = NativeArrays.ofCopyIfNeeded(g);
        double[] db = new double[oc];
        INDArray gw = null;
        for (int s0 = 0; s0 < n; s0 += chunk) {
            int s1 = Math.min(n, s0 + chunk);
            INDArray gm = channelsFirst(gv, s0, s1, db);
            if (needWeight) {
                INDArray part = Gemm.mm(gm, columns(xa, s0, s1), false, true);
                gw = gw == null ? part : gw.addi(part);
            }
            if (needInput) {
                col2im(Gemm.mm(wk, gm, true, false), gxa, s0, s1);
            }
        }
        INDArray gx = null;
        if (needInput) {
            NativeArrays v = NativeArrays.allocate(type, n, c, h, wd);
            write(v, 0, gxa, 0, n * c * h * wd);
            gx = v.array();
        }
        return new INDArray[] {gx, needWeight ? gw.reshape('c', w.shape()) : null,
            needWeight && hasBias ? NativeArrays.create(db, new long[] {oc}, type) : null};
    }

    private INDArray kernel(INDArray w) {
        return NativeArrays.contiguous(w).reshape('c', oc, (long) c * kh * kw);
    }

    /** {@code x} as a Java array. */
    private Object image(INDArray x) {
        Object xa = newArray(n * c * h * wd);
        read(NativeArrays.ofCopyIfNeeded(x), 0, xa, 0, n * c * h * wd);
        return xa;
    }

    /** The columns of samples {@code [s0, s1)} of the im2col matrix: {@code X [K, (s1 − s0)·P]}, one tap row per task. */
    private INDArray columns(Object xa, int s0, int s1) {
        int p = oh * ow;
        int mc = (s1 - s0) * p;
        NativeArrays cols = NativeArrays.allocate(type, (long) c * kh * kw, mc);
        rows(c * kh * kw, mc, (row, k) -> {
            int[] t = tap(k);
            if (t[0] > 0 || t[1] < oh - 1 || t[2] > 0 || t[3] < ow - 1) {
                clear(row); // some taps fall on the zero padding
            }
            int src = (s0 * c + k / (kh * kw)) * h * wd + (t[0] * sh + t[4]) * wd + t[2] * sw + t[5];
            move(xa, src, c * h * wd, sh * wd, sw, row, t[0] * ow + t[2], p, ow, 1, t, s1 - s0, false);
            write(cols, k * mc, row, 0, mc);
        });
        return cols.array();
    }

    /** Adds {@code col2im(∂X)} of samples {@code [s0, s1)} ({@code ∂X [K, (s1 − s0)·P]}) into {@code gx}; one task per input channel. */
    private void col2im(INDArray dcols, Object gx, int s0, int s1) {
        NativeArrays dv = NativeArrays.of(dcols);
        int mc = (s1 - s0) * oh * ow;
        int plane = h * wd;
        int taps = kh * kw;
        IntStream.range(0, c).parallel().forEach(ci -> {
            Object row = newArray(mc);
            for (int k = ci * taps; k < (ci + 1) * taps; k++) {
                read(dv, k * mc, row, 0, mc);
                int[] t = tap(k);
                int dst = (s0 * c + ci) * plane + (t[0] * sh + t[4]) * wd + t[2] * sw + t[5];
                move(row, t[0] * ow + t[2], oh * ow, ow, 1, gx, dst, c * plane, sh * wd, sw, t, s1 - s0, true);
            }
        });
    }

    /**
     * Samples {@code [s0, s1)} of {@code g [N, OC, OH, OW]} as {@code G [OC, (s1 − s0)·P]}; adds
     * each channel's sum over them (in sample order) to {@code db}.
     */
    private INDArray channelsFirst(NativeArrays g, int s0, int s1, double[] db) {
        int p = oh * ow;
        int mc = (s1 - s0) * p;
        NativeArrays gm = NativeArrays.allocate(type, oc, mc);
        rows(oc, mc, (row, o) -> {
            for (int s = s0; s < s1; s++) {
                read(g, (s * oc + o) * p, row, (s - s0) * p, p);
            }
            db[o] += sum(row);
            write(gm, o * mc, row, 0, mc);
        });
        return gm.array();
    }

    /**
     * For tap row {@code k = (c, p, q)}: {@code {iLo, iHi, jLo, jHi, y0, x0}}, the output rows and
     * columns whose input position {@code (i·sH + y0, j·sW + x0)} lies inside the input, with
     * {@code y0 = p·dH − pH}, {@code x0 = q·dW − pW} (empty ranges have {@code lo > hi}).
     */
    private int[] tap(int k) {
        int p = k / kw % kh;
        int q = k % kw;
        int y0 = p * dh - ph;
        int x0 = q * dw - pw;
        return new int[] {y0 >= 0 ? 0 : (-y0 + sh - 1) / sh, Math.min(oh - 1, Math.floorDiv(h - 1 - y0, sh)),
            x0 >= 0 ? 0 : (-x0 + sw - 1) / sw, Math.min(ow - 1, Math.floorDiv(wd - 1 - x0, sw)), y0, x0};
    }

    /**
     * {@code b[b0 + s·bS + r·bR + t·bT] (+)= a[a0 + s·aS + r·aR + t·aT]} for every sample
     * {@code s < samples}, row {@code r ≤ iHi − iLo} and column {@code t ≤ jHi − jLo} of the tap ranges
     * {@code range}; assigns, or adds when {@code add}. Both arrays float[] or both double[].
     */
    private static void move(Object a, int a0, int aS, int aR, int aT, Object b, int b0, int bS, int bR, int bT,
            int[] range, int samples, boolean add) {
        int rowsCount = range[1] - range[0] + 1;
        int len = range[3] - range[2] + 1;
        if (rowsCount <= 0 || len <= 0) {
            return;
        }
        if (a instanceof float[] f) {
            moveFloats(f, a0, aS, aR, aT, (float[]) b, b0, bS, bR, bT, samples, rowsCount, len, add);
        } else {
            moveDoubles((double[]) a, a0, aS, aR, aT, (double[]) b, b0, bS, bR, bT, samples, rowsCount, len, add);
        }
    }

    private static void moveFloats(float[] a, int a0, int aS, int aR, int aT, float[] b, int b0, int bS, int bR, int bT,
            int samples, int rowsCount, int len, boolean add) {
        for (int s = 0; s < samples; s++) {
            for (int r = 0; r < rowsCount; r++) {
                int ai = a0 + s * aS + r * aR;
                int bi = b0 + s * bS + r * bR;
                if (add) {
                    for (int t = 0; t < len; t++) {
                        b[bi + t * bT] += a[ai + t * aT];
                    }
                } else if (aT == 1 && bT == 1) {
                    System.arraycopy(a, ai, b, bi, len);
                } else {
                    for (int t = 0; t < len; t++) {
                        b[bi + t * bT] = a[ai + t * aT];
                    }
                }
            }
        }
    }

    private static void moveDoubles(double[] a, int a0, int aS, int aR, int aT, double[] b, int b0, int bS, int bR, int bT,
            int samples, int rowsCount, int len, boolean add) {
        for (int s = 0; s < samples; s++) {
            for (int r = 0; r < rowsCount; r++) {
                int ai = a0 + s * aS + r * aR;
                int bi = b0 + s * bS + r * bR;
                if (add) {
                    for (int t = 0; t < len; t++) {
                        b[bi + t * bT] += a[ai + t * aT];
                    }
                } else if (aT == 1 && bT == 1) {
                    System.arraycopy(a, ai, b, bi, len);
                } else {
                    for (int t = 0; t < len; t++) {
                        b[bi + t * bT] = a[ai + t * aT];
                    }
                }
            }
        }
    }

    /** {@code g [N, OC, OH, OW]} as {@code G [OC, N·OH·OW]}; adds each channel's sum (in sample order) to {@code db}. */
    private INDArray channelsFirst(INDArray g, double[] db) {
        NativeArrays gv = NativeArrays.ofCopyIfNeeded(g);
        int p = oh * ow;
        int m = n * p;
        NativeArrays gm = NativeArrays.allocate(type, oc, m);
        rows(oc, m, (row, o) -> {
            for (int s = 0; s < n; s++) {
                read(gv, (s * oc + o) * p, row, s * p, p);
            }
            db[o] = sum(row);
            write(gm, o * m, row, 0, m);
        });
        return gm.array();
    }

    /**
     * Runs {@code task(r, scratch)} for every {@code r < count}, in at most {@value #TASKS} parallel
     * tasks of consecutive {@code r}, each reusing one scratch array of {@code length} (contents undefined).
     */
    private void rows(int count, int length, java.util.function.ObjIntConsumer<Object> task) {
        int size = (count + TASKS - 1) / TASKS;
        IntStream.range(0, (count + size - 1) / size).parallel().forEach(t -> {
            Object scratch = newArray(length);
            for (int r = t * size; r < Math.min(count, (t + 1) * size); r++) {
                task.accept(scratch, r);
            }
        });
    }

    private static void clear(Object a) {
        if (a instanceof float[] f) {
            Arrays.fill(f, 0f);
        } else {
            Arrays.fill((double[]) a, 0.0);
        }
    }

    private static void addScalar(Object a, double v) {
        if (a instanceof float[] f) {
            float fv = (float) v;
            for (int i = 0; i < f.length; i++) {
                f[i] += fv;
            }
        } else {
            double[] d = (double[]) a;
            for (int i = 0; i < d.length; i++) {
                d[i] += v;
            }
        }
    }

    private static double sum(Object a) {
        double s = 0;
        if (a instanceof float[] f) {
            for (float v : f) {
                s += v;
            }
        } else {
            for (double v : (double[]) a) {
                s += v;
            }
        }
        return s;
    }

    private Object newArray(int length) {
        return type == DataType.FLOAT ? new float[length] : new double[length];
    }

    private static void read(NativeArrays a, int index, Object dst, int off, int len) {
        if (dst instanceof float[] f) {
            a.get(index, f, off, len);
        } else {
            a.get(index, (double[]) dst, off, len);
        }
    }

    private static void write(NativeArrays a, int index, Object src, int off, int len) {
        if (src instanceof float[] f) {
            a.put(index, f, off, len);
        } else {
            a.put(index, (double[]) src, off, len);
        }
    }
}
