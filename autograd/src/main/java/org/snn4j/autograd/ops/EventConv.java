package org.snn4j.autograd.ops;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.ops.sparse.RowSums;

/**
 * Event-driven 2-D convolution (dilation 1) over the non-zero inputs of {@link ConvEvents}, the
 * scatter form of the convolution of {@link Convolution}. An event {@code (n, c, y, x)} with value
 * {@code v} reaches the outputs {@code (i, j)} with {@code p = y + pH − i·sH ∈ [0, KH)} and
 * {@code q = x + pW − j·sW ∈ [0, KW)}:
 *
 * <pre>
 * forward   y[n, o, i, j]  = b[o] + Σ_events v · w[o, c, y + pH − i·sH, x + pW − j·sW]
 * weight    ∂w[o, c, p, q] = Σ_events v · g[n, o, (y + pH − p)/sH, (x + pW − q)/sW]   (exact divisions only)
 * bias      ∂b[o]          = Σ_{n, i, j} g[n, o, i, j]
 * </pre>
 * the event-driven synapse of spiking convolutional networks: an input spike adds its kernel to the
 * currents of the neurons it reaches (the address-event convolution of Serrano-Gotarredona et al.
 * 2009, CAVIAR, IEEE TNN 20(9)), here over event-camera inputs such as N-MNIST (Orchard et al. 2015,
 * Front. Neurosci. 9:437), a few percent of whose pixels carry an event per time bin.
 *
 * <p><b>Layout.</b> Work is channels-last: the weight is held as {@code [C][KH][KW reversed][OC]}
 * and each sample's output (forward) or upstream gradient (weight gradient) as
 * {@code [OH·OW][OC]}. For a horizontal stride of 1 the {@code KW} kernel columns one event reaches
 * in one output row are then one contiguous run of up to {@code KW·OC} numbers in both arrays, so
 * each (event, kernel row) pair is a single vectorised {@code a += v·b} loop; for larger strides
 * it is one run of {@code OC} per reached column.
 *
 * <p><b>Cost.</b> {@code nnz · OC · KH·KW / (sH·sW)} multiply-adds for the forward pass and the
 * same for the weight gradient, plus one pass over the output (forward) or the upstream gradient
 * (layout change, bias sum); the dense im2col + GEMM form costs {@code N · OH·OW · OC · C·KH·KW}.
 * Their ratio is about the input density {@code nnz / (N·C·H·W)}, so the event path wins below a
 * crossover density set by the relative speed of the two kernels (see
 * {@link Convolution#CROSSOVER}).
 *
 * <p><b>Determinism.</b> The forward pass runs chunks of samples in parallel, each sample writing
 * only its own output. The weight gradient splits the samples into at most {@value #CHUNKS} fixed chunks (the
 * split depends only on {@code N}), sums each chunk's events in order into its own partial
 * gradient, and adds the partials in chunk order: the result does not depend on the thread count
 * or the scheduling.
 */
final class EventConv {
    /** The weight gradient is summed over at most this many partials. */
    static final int CHUNKS = 32;

    private final ConvEvents ev;
    private final int oc;
    private final int kh;
    private final int kw;
    private final int sh;
    private final int sw;
    private final int ph;
    private final int pw;
    private final int oh;
    private final int ow;

    /**
     * @param ev      the input's events
     * @param wShape  {@code [OC, C, KH, KW]}
     * @param stride  {@code {sH, sW}}
     * @param padding {@code {pH, pW}}
     * @param out     the output shape {@code [N, OC, OH, OW]}
     */
    EventConv(ConvEvents ev, long[] wShape, int[] stride, int[] padding, long[] out) {
        this.ev = ev;
        this.oc = (int) wShape[0];
        this.kh = (int) wShape[2];
        this.kw = (int) wShape[3];
        this.sh = stride[0];
        this.sw = stride[1];
        this.ph = padding[0];
        this.pw = padding[1];
        this.oh = (int) out[2];
        this.ow = (int) out[3];
    }

    /** {@code y = conv2d(x, w) + b} ({@code b} may be {@code null}), a fresh {@code [N, OC, OH, OW]} array. */
    INDArray forward(INDArray w, INDArray b) {
        Object wt = kernelChannelsLast(w);
        double[] bias = b == null ? new double[oc] : NativeArrays.read(b, new double[oc]);
        int plane = oh * ow;
        int per = oc * plane;
        NativeArrays out = NativeArrays.allocate(ev.type, ev.samples, oc, oh, ow);
        int n = ev.samples;
        int size = (n + CHUNKS - 1) / CHUNKS;
        IntStream.range(0, (n + size - 1) / size).parallel().forEach(ch -> {
            Object acc = newArray(per);
            Object y = newArray(per);
            for (int s = ch * size; s < Math.min(n, (ch + 1) * size); s++) {
                if (s > ch * size) {
                    clear(acc);
                }
                scatter(s, acc, wt, false);
                channelsFirst(acc, y, bias);
                write(out, s * per, y);
            }
        });
        return out.array();
    }

    /** {@code {∂w, ∂b}} for the upstream gradient {@code g [N, OC, OH, OW]} (any layout). */
    INDArray[] weightGrad(INDArray g) {
        NativeArrays gv = NativeArrays.ofCopyIfNeeded(g);
        int n = ev.samples;
        int size = (n + CHUNKS - 1) / CHUNKS;
        int chunks = (n + size - 1) / size;
        int plane = oh * ow;
        int per = oc * plane;
        int kernel = ev.channels * kh * kw * oc;
        Object[] partial = new Object[chunks];
        double[][] biasPartial = new double[chunks][oc];
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            Object dwT = newArray(kernel);
            Object gs = newArray(per);
            Object gT = newArray(per);
            for (int s = ch * size; s < Math.min(n, (ch + 1) * size); s++) {
                read(gv, s * per, gs);
                channelsLast(gs, gT, biasPartial[ch]);
                scatter(s, dwT, gT, true);
            }
            partial[ch] = dwT;
        });
        double[] dw = new double[kernel];
        double[] db = new double[oc];
        int c = ev.channels;
        for (int ch = 0; ch < chunks; ch++) {
            addKernelChannelsFirst(partial[ch], dw, c);
            for (int o = 0; o < oc; o++) {
                db[o] += biasPartial[ch][o];
            }
        }
        return new INDArray[] {
            NativeArrays.create(dw, new long[] {oc, c, kh, kw}, ev.type),
            NativeArrays.create(db, new long[] {oc}, ev.type)};
    }

    /**
     * Visits the events of sample {@code n}. Forward ({@code weightGrad} false): {@code out} is the
     * output {@code [OH·OW][OC]}, {@code in} the kernel {@code [C][KH][KW reversed][OC]}; weight
     * gradient: {@code out} is the kernel-shaped gradient, {@code in} the upstream gradient.
     */
    private void scatter(int n, Object out, Object in, boolean weightGrad) {
        int hw = ev.height * ev.width;
        for (int e = ev.start[n]; e < ev.start[n + 1]; e++) {
            int at = ev.pos[e];
            int c = at / hw;
            int r = at - c * hw;
            int y = r / ev.width;
            int ty = y + ph;
            int tx = r - y * ev.width + pw;
            int iLo = ty < kh ? 0 : (ty - kh + sh) / sh;
            int iHi = Math.min(oh - 1, ty / sh);
            int jLo = tx < kw ? 0 : (tx - kw + sw) / sw;
            int jHi = Math.min(ow - 1, tx / sw);
            if (jLo > jHi) {
                continue;
            }
            double v = ev.value(e);
            for (int i = iLo; i <= iHi; i++) {
                int row = (c * kh + ty - i * sh) * kw + kw - 1;
                if (sw == 1) {
                    int a = (i * ow + jLo) * oc;
                    int b = (row - tx + jLo) * oc;
                    int len = (jHi - jLo + 1) * oc;
                    if (weightGrad) {
                        axpy(out, b, in, a, len, v);
                    } else {
                        axpy(out, a, in, b, len, v);
                    }
                } else {
                    for (int j = jLo; j <= jHi; j++) {
                        int a = (i * ow + j) * oc;
                        int b = (row - tx + j * sw) * oc;
                        if (weightGrad) {
                            axpy(out, b, in, a, oc, v);
                        } else {
                            axpy(out, a, in, b, oc, v);
                        }
                    }
                }
            }
        }
    }

    /** {@code dst[d …) += v · src[s …)} over {@code len} numbers of matching type ({@link RowSums#axpy(float[], int, float[], int, int, float)}). */
    private static void axpy(Object dst, int d, Object src, int s, int len, double v) {
        if (dst instanceof float[] f) {
            RowSums.axpy(f, d, (float[]) src, s, len, (float) v);
        } else {
            RowSums.axpy((double[]) dst, d, (double[]) src, s, len, v);
        }
    }

    /** {@code w [OC, C, KH, KW]} as {@code [C][KH][KW reversed][OC]}. */
    private Object kernelChannelsLast(INDArray w) {
        int c = ev.channels;
        double[] src = NativeArrays.read(w, new double[oc * c * kh * kw]);
        Object dst = newArray(src.length);
        for (int o = 0; o < oc; o++) {
            for (int k = 0; k < c * kh * kw; k++) {
                int q = k % kw;
                int at = ((k - q) + kw - 1 - q) * oc + o;
                double v = src[o * c * kh * kw + k];
                if (dst instanceof float[] f) {
                    f[at] = (float) v;
                } else {
                    ((double[]) dst)[at] = v;
                }
            }
        }
        return dst;
    }

    /** {@code dw[o, c, p, q] += part[c][p][KW−1−q][o]}. */
    private void addKernelChannelsFirst(Object part, double[] dw, int c) {
        int taps = c * kh * kw;
        for (int k = 0; k < taps; k++) {
            int q = k % kw;
            int at = ((k - q) + kw - 1 - q) * oc;
            for (int o = 0; o < oc; o++) {
                dw[o * taps + k] += part instanceof float[] f ? f[at + o] : ((double[]) part)[at + o];
            }
        }
    }

    /** {@code y[o·P + ij] = acc[ij·OC + o] + b[o]} for one sample ({@code P = OH·OW}). */
    private void channelsFirst(Object acc, Object y, double[] b) {
        int plane = oh * ow;
        if (acc instanceof float[] a) {
            float[] out = (float[]) y;
            for (int o = 0; o < oc; o++) {
                float bo = (float) b[o];
                for (int ij = 0; ij < plane; ij++) {
                    out[o * plane + ij] = a[ij * oc + o] + bo;
                }
            }
        } else {
            double[] a = (double[]) acc;
            double[] out = (double[]) y;
            for (int o = 0; o < oc; o++) {
                for (int ij = 0; ij < plane; ij++) {
                    out[o * plane + ij] = a[ij * oc + o] + b[o];
                }
            }
        }
    }

    /** {@code gT[ij·OC + o] = g[o·P + ij]} for one sample, adding each channel's sum to {@code db}. */
    private void channelsLast(Object g, Object gT, double[] db) {
        int plane = oh * ow;
        for (int o = 0; o < oc; o++) {
            double sum = 0;
            if (g instanceof float[] a) {
                float[] t = (float[]) gT;
                for (int ij = 0; ij < plane; ij++) {
                    t[ij * oc + o] = a[o * plane + ij];
                    sum += a[o * plane + ij];
                }
            } else {
                double[] a = (double[]) g;
                double[] t = (double[]) gT;
                for (int ij = 0; ij < plane; ij++) {
                    t[ij * oc + o] = a[o * plane + ij];
                    sum += a[o * plane + ij];
                }
            }
            db[o] += sum;
        }
    }

    private static void clear(Object a) {
        if (a instanceof float[] f) {
            Arrays.fill(f, 0f);
        } else {
            Arrays.fill((double[]) a, 0.0);
        }
    }

    private Object newArray(int length) {
        return ev.type == DataType.FLOAT ? new float[length] : new double[length];
    }

    private static void read(NativeArrays a, int index, Object dst) {
        if (dst instanceof float[] f) {
            a.get(index, f, 0, f.length);
        } else {
            double[] d = (double[]) dst;
            a.get(index, d, 0, d.length);
        }
    }

    private static void write(NativeArrays a, int index, Object src) {
        if (src instanceof float[] f) {
            a.put(index, f, 0, f.length);
        } else {
            double[] d = (double[]) src;
            a.put(index, d, 0, d.length);
        }
    }
}
