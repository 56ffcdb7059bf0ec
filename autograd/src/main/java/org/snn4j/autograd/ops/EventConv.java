package org.snn4j.autograd.ops;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.CacheLines;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.backend.ParallelTasks;
import org.snn4j.autograd.ops.sparse.RowSums;

/**
 * Event-driven 2-D convolution (dilation 1) over the non-zero inputs of {@link ConvEvents}, the
 * event form of the convolution of {@link Convolution}. An event {@code (n, c, y, x)} with value
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
 * and each sample's output as {@code [OH·OW][OC]}, so the {@code KW} kernel columns an event
 * reaches in one output row are one run of up to {@code KW·OC} numbers in both (stride 1).
 * The float work arrays (kernel, accumulator, dilated gradient, kernel gradient) start on a 64-byte
 * cache line ({@link CacheLines}; each keeps its start index for its life), so a 64-channel row segment is whole
 * lines. Both passes are gathers on the register-blocked {@link RowSums#gather}: a destination segment
 * is held in vector registers while a run of events adds its source rows, then stored once,
 * instead of a load–add–store round trip per event.
 * <ul>
 * <li>Forward: the events of a sample sorted by (input column, row) ({@link ConvEvents#byColumn});
 *     for each input column {@code x} and output row {@code i} the events reaching that row are one
 *     run with the same reached output columns, and the gather adds their kernel rows to the output
 *     segment {@code [jLo, jHi] × OC} (one column at a time for {@code sW > 1}).</li>
 * <li>Weight gradient: the upstream gradient of a sample is laid out channels-last, dilated by the
 *     strides (zeros between output positions) and padded by {@code KW − 1} zero columns
 *     ({@link #dilatedChannelsLast}); for each input channel {@code c} and kernel row {@code p},
 *     the events of channel {@code c} in their own order ({@link ConvEvents#byRow}) are one run, and
 *     the gather adds the {@code KW·OC} gradient numbers after each event's position to the kernel
 *     row {@code (c, p)}.</li>
 * </ul>
 * Valued events whose values are a few positive levels ({@link ConvEvents#levels()}, an average-pooled
 * spike map) gather as binary ones: the kernel (forward) or each sample's dilated gradient (weight
 * gradient) is copied once per level and multiplied by it ({@link #levelCopies}), and each event
 * indexes the copy of its level. The products and the order of every sum are those of the valued
 * gather, so the results are the same bits, but the gather keeps its destination in vector
 * registers instead of loading and storing it for every pair of events.
 *
 * <p><b>Cost.</b> {@code nnz · OC · KH·KW / (sH·sW)} multiply-adds for the forward pass and
 * {@code nnz · OC · KH·KW} for the weight gradient (the zeros of the dilation are added too), plus
 * one pass over the output (forward) or the upstream gradient (layout change, bias sum); the dense
 * im2col + GEMM form costs {@code N · OH·OW · OC · C·KH·KW}. Their ratio is about the input density
 * {@code nnz / (N·C·H·W)}, so the event path wins below a crossover density set by the relative
 * speed of the two kernels (see {@link Convolution#CROSSOVER}).
 *
 * <p><b>Determinism.</b> The forward pass runs chunks of samples in parallel, each sample writing
 * only its own output; each output sums its events column by column, each column's in (row,
 * channel) order. The weight gradient splits the samples into at most {@value #CHUNKS} fixed chunks (the
 * split depends only on {@code N}), sums each chunk's events in order into its own partial
 * gradient, and adds the partials in chunk order (in parallel over disjoint ranges of kernel taps,
 * each weight still summed over the chunks in order): the result does not depend on the thread
 * count or the scheduling (nor, by {@link RowSums}' contract, on the vector API).
 */
final class EventConv {
    /** The weight gradient is summed over at most this many partials. */
    static final int CHUNKS = 32;
    /** The partial weight gradients are summed in at most this many parallel tasks (disjoint taps). */
    private static final int REDUCE_TASKS = 16;

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
        float[] levels = ev.levels();
        int kernel = oc * ev.channels * kh * kw;
        Object wt = newArray(kernel * (levels == null ? 1 : levels.length));
        int wo = lineStart(wt);
        kernelChannelsLast(w, wt, wo);
        if (levels != null) {
            levelCopies((float[]) wt, wo, kernel, levels);
        }
        int levelRows = levels == null ? 0 : ev.channels * kh;
        double[] bias = b == null ? new double[oc] : NativeArrays.read(b, new double[oc]);
        int per = oc * oh * ow;
        NativeArrays out = NativeArrays.allocate(ev.type, ev.samples, oc, oh, ow);
        int n = ev.samples;
        int size = (n + CHUNKS - 1) / CHUNKS;
        int most = ev.mostPerSample();
        ParallelTasks.forEach((n + size - 1) / size, ch -> {
            Object acc = newArray(per);
            int ao = lineStart(acc);
            Object y = newArray(per);
            int[] bucket = new int[ev.width * ev.height + 1];
            int[] idx = new int[most];
            double[] val = ev.binary() || levels != null ? null : new double[most];
            for (int s = ch * size; s < Math.min(n, (ch + 1) * size); s++) {
                if (s > ch * size) {
                    clear(acc);
                }
                ev.byColumn(s, kh, ph, bucket, idx, val, levelRows);
                gatherForward(bucket, idx, val, wt, wo, acc, ao);
                channelsFirst(acc, ao, y, bias);
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
        int per = oc * oh * ow;
        int kernel = ev.channels * kh * kw * oc;
        int most = ev.mostPerSample();
        float[] levels = ev.levels();
        int plane = dilatedHeight() * dilatedWidth();
        int levelPositions = levels == null ? 0 : plane;
        Object[] partial = new Object[chunks];
        int[] partialAt = new int[chunks];
        double[][] biasPartial = new double[chunks][oc];
        ParallelTasks.forEach(chunks, ch -> {
            Object dwT = newArray(kernel);
            int dwo = lineStart(dwT);
            Object gs = newArray(per);
            Object gT = newArray(plane * oc * (levels == null ? 1 : levels.length));
            int go = lineStart(gT);
            int[] rows = new int[ev.channels * ev.height + 1];
            int[] idx = new int[most];
            double[] val = ev.binary() || levels != null ? null : new double[most];
            for (int s = ch * size; s < Math.min(n, (ch + 1) * size); s++) {
                read(gv, s * per, gs);
                dilatedChannelsLast(gs, gT, go, biasPartial[ch]);
                if (levels != null) {
                    levelCopies((float[]) gT, go, plane * oc, levels);
                }
                ev.byRow(s, ph, pw, dilatedWidth(), rows, idx, val, levelPositions);
                gatherWeightGrad(rows, idx, val, gT, go, dwT, dwo);
            }
            partial[ch] = dwT;
            partialAt[ch] = dwo;
        });
        double[] dw = new double[kernel];
        double[] db = new double[oc];
        int c = ev.channels;
        int taps = c * kh * kw;
        int span = (taps + REDUCE_TASKS - 1) / REDUCE_TASKS;
        ParallelTasks.forEach((taps + span - 1) / span, t -> {
            for (int ch = 0; ch < chunks; ch++) {
                addKernelChannelsFirst(partial[ch], partialAt[ch], dw, taps, t * span, Math.min(taps, (t + 1) * span));
            }
        });
        for (int ch = 0; ch < chunks; ch++) {
            for (int o = 0; o < oc; o++) {
                db[o] += biasPartial[ch][o];
            }
        }
        return new INDArray[] {
            NativeArrays.create(dw, new long[] {oc, c, kh, kw}, ev.type),
            NativeArrays.create(db, new long[] {oc}, ev.type)};
    }

    /**
     * {@code acc[(i·OW + j)·OC + o] += Σ v · wt[((c·KH + y + pH − i·sH)·KW + KW − 1 − (x + pW − j·sW))·OC + o]}:
     * for each input column {@code x} and output row {@code i}, the events of that column reaching
     * the row are one run of the sorted list, all reaching the same output columns {@code j}, so one
     * register-blocked {@link RowSums#gather} adds their kernel rows to the output segment (for
     * {@code sW = 1} the whole segment {@code [jLo, jHi] × OC} at once, otherwise one column at a time).
     */
    private void gatherForward(int[] bucket, int[] idx, double[] val, Object wt, int wo, Object acc, int ao) {
        int h = ev.height;
        int stride = kw * oc;
        for (int x = 0; x < ev.width; x++) {
            int tx = x + pw;
            int jLo = tx < kw ? 0 : (tx - kw + sw) / sw;
            int jHi = Math.min(ow - 1, tx / sw);
            if (jLo > jHi || bucket[x * h] == bucket[(x + 1) * h]) {
                continue;
            }
            for (int i = 0; i < oh; i++) {
                int from = bucket[x * h + Math.max(0, Math.min(h, i * sh - ph))];
                int to = bucket[x * h + Math.max(0, Math.min(h, i * sh - ph + kh))];
                if (from >= to) {
                    continue;
                }
                int base = wo - i * sh * stride + (kw - 1 - tx) * oc;
                if (sw == 1) {
                    gather(idx, val, from, to, wt, base + jLo * oc, stride, acc, ao + (i * ow + jLo) * oc,
                            (jHi - jLo + 1) * oc);
                } else {
                    for (int j = jLo; j <= jHi; j++) {
                        gather(idx, val, from, to, wt, base + j * sw * oc, stride, acc, ao + (i * ow + j) * oc, oc);
                    }
                }
            }
        }
    }

    /**
     * {@code dwT[((c·KH + p)·KW + r)·OC + o] += Σ v · gT[((y + pH − p)·W' + x + pW + r)·OC + o]}: for
     * each input channel {@code c} and kernel row {@code p}, the events of channel {@code c} whose row
     * meets the (dilated) gradient are one run of the list, so one register-blocked
     * {@link RowSums#gather} adds their gradient segments ({@code KW·OC} numbers) to the kernel row.
     * Each weight sums the events in their list order, samples in order.
     */
    private void gatherWeightGrad(int[] rows, int[] idx, double[] val, Object gT, int go, Object dwT, int dwo) {
        int h = ev.height;
        int dh = dilatedHeight();
        int dw = dilatedWidth();
        for (int c = 0; c < ev.channels; c++) {
            for (int p = 0; p < kh; p++) {
                int from = rows[c * h + Math.max(0, Math.min(h, p - ph))];
                int to = rows[c * h + Math.max(0, Math.min(h, p - ph + dh))];
                if (from < to) {
                    gather(idx, val, from, to, gT, go - p * dw * oc, oc, dwT, dwo + (c * kh + p) * kw * oc, kw * oc);
                }
            }
        }
    }

    /** Rows of the dilated gradient: {@code (OH − 1)·sH + 1}. */
    private int dilatedHeight() {
        return (oh - 1) * sh + 1;
    }

    /**
     * Columns of the dilated gradient: {@code W + 2·pW + KW − 1}, room for the {@code KW − 1} zero columns
     * left of output column 0 and for the segment of every input column, reached or not.
     */
    private int dilatedWidth() {
        return ev.width + 2 * pw + kw - 1;
    }

    /** {@link RowSums#gather} on arrays of matching type. */
    private static void gather(int[] idx, double[] val, int from, int to, Object src, int base, int stride,
                               Object dst, int d, int w) {
        if (dst instanceof float[] f) {
            RowSums.gather(idx, val, from, to, (float[]) src, base, stride, f, d, w);
        } else {
            RowSums.gather(idx, val, from, to, (double[]) src, base, stride, (double[]) dst, d, w);
        }
    }

    /**
     * {@code a[from + l·size + k] = a[from + k] · levels[l]} for {@code k < size} and every level
     * {@code l}, copy 0 last (in place): the source rows once per value level, so that valued events
     * ({@link ConvEvents#levels()}) gather as binary ones from the copy of their level. A zero stays
     * +0 (the levels are positive), so copy 0 can be rewritten in place sample after sample.
     */
    private static void levelCopies(float[] a, int from, int size, float[] levels) {
        for (int l = levels.length - 1; l >= 0; l--) {
            RowSums.scaled(a, from, levels[l], a, from + l * size, size);
        }
    }

    /** {@code w [OC, C, KH, KW]} as {@code [C][KH][KW reversed][OC]}, into {@code dst} from index {@code from}. */
    private void kernelChannelsLast(INDArray w, Object dst, int from) {
        int c = ev.channels;
        double[] src = NativeArrays.read(w, new double[oc * c * kh * kw]);
        for (int o = 0; o < oc; o++) {
            for (int k = 0; k < c * kh * kw; k++) {
                int q = k % kw;
                int at = from + ((k - q) + kw - 1 - q) * oc + o;
                double v = src[o * c * kh * kw + k];
                if (dst instanceof float[] f) {
                    f[at] = (float) v;
                } else {
                    ((double[]) dst)[at] = v;
                }
            }
        }
    }

    /**
     * {@code dw[o, c, p, q] += part[from + ((c·KH + p)·KW + KW−1−q)·OC + o]} for the taps
     * {@code k = (c·KH + p)·KW + q} in {@code [k0, k1)} of the {@code taps} in all.
     */
    private void addKernelChannelsFirst(Object part, int from, double[] dw, int taps, int k0, int k1) {
        for (int k = k0; k < k1; k++) {
            int q = k % kw;
            int at = from + ((k - q) + kw - 1 - q) * oc;
            for (int o = 0; o < oc; o++) {
                dw[o * taps + k] += part instanceof float[] f ? f[at + o] : ((double[]) part)[at + o];
            }
        }
    }

    /** {@code y[o·P + ij] = acc[from + ij·OC + o] + b[o]} for one sample ({@code P = OH·OW}). */
    private void channelsFirst(Object acc, int from, Object y, double[] b) {
        int plane = oh * ow;
        if (acc instanceof float[] a) {
            float[] out = (float[]) y;
            int o = 0;
            for (; o + 3 < oc; o += 4) {   // four channels per pass: each line of acc read once, not four times
                float b0 = (float) b[o];
                float b1 = (float) b[o + 1];
                float b2 = (float) b[o + 2];
                float b3 = (float) b[o + 3];
                int at = o * plane;
                for (int ij = 0; ij < plane; ij++) {
                    int src = from + ij * oc + o;
                    out[at + ij] = a[src] + b0;
                    out[at + plane + ij] = a[src + 1] + b1;
                    out[at + 2 * plane + ij] = a[src + 2] + b2;
                    out[at + 3 * plane + ij] = a[src + 3] + b3;
                }
            }
            for (; o < oc; o++) {
                float bo = (float) b[o];
                for (int ij = 0; ij < plane; ij++) {
                    out[o * plane + ij] = a[from + ij * oc + o] + bo;
                }
            }
        } else {
            double[] a = (double[]) acc;
            double[] out = (double[]) y;
            for (int o = 0; o < oc; o++) {
                for (int ij = 0; ij < plane; ij++) {
                    out[o * plane + ij] = a[from + ij * oc + o] + b[o];
                }
            }
        }
    }

    /**
     * {@code gT[(i·sH·W' + j·sW + KW − 1)·OC + o] = g[o·P + i·OW + j]} for one sample (every other entry of
     * {@code gT} stays 0), adding each channel's sum to {@code db}. Each channel's sum runs in
     * float64 over {@code (i, j)} ascending, one dependent addition after another; float32 channels
     * go four at a time, so four such chains overlap instead of one waiting on each addition
     * (the same additions in the same order per channel, so the same sums).
     */
    private void dilatedChannelsLast(Object g, Object gT, int from, double[] db) {
        int o = 0;
        if (g instanceof float[] f) {
            for (; o + 3 < oc; o += 4) {
                dilatedChannelsLast4(f, (float[]) gT, from, db, o);
            }
        }
        for (; o < oc; o++) {
            dilatedChannelLast(g, gT, from, db, o);
        }
    }

    /** {@link #dilatedChannelsLast} for float32 channels {@code o … o + 3}. */
    private void dilatedChannelsLast4(float[] f, float[] to, int from, double[] db, int o) {
        int plane = oh * ow;
        int dw = dilatedWidth();
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int i = 0; i < oh; i++) {
            int t = from + (i * sh * dw + kw - 1) * oc + o;
            int a = o * plane + i * ow;
            for (int j = 0; j < ow; j++) {
                int tj = t + j * sw * oc;
                float v0 = f[a + j];
                float v1 = f[a + plane + j];
                float v2 = f[a + 2 * plane + j];
                float v3 = f[a + 3 * plane + j];
                to[tj] = v0;
                to[tj + 1] = v1;
                to[tj + 2] = v2;
                to[tj + 3] = v3;
                s0 += v0;
                s1 += v1;
                s2 += v2;
                s3 += v3;
            }
        }
        db[o] += s0;
        db[o + 1] += s1;
        db[o + 2] += s2;
        db[o + 3] += s3;
    }

    /** {@link #dilatedChannelsLast} for channel {@code o} alone. */
    private void dilatedChannelLast(Object g, Object gT, int from, double[] db, int o) {
        int plane = oh * ow;
        int dw = dilatedWidth();
        double sum = 0;
        for (int i = 0; i < oh; i++) {
            int t = from + (i * sh * dw + kw - 1) * oc + o;
            int a = o * plane + i * ow;
            if (g instanceof float[] f) {
                float[] to = (float[]) gT;
                for (int j = 0; j < ow; j++) {
                    to[t + j * sw * oc] = f[a + j];
                    sum += f[a + j];
                }
            } else {
                double[] d = (double[]) g;
                double[] to = (double[]) gT;
                for (int j = 0; j < ow; j++) {
                    to[t + j * sw * oc] = d[a + j];
                    sum += d[a + j];
                }
            }
        }
        db[o] += sum;
    }

    private static void clear(Object a) {
        if (a instanceof float[] f) {
            Arrays.fill(f, 0f);
        } else {
            Arrays.fill((double[]) a, 0.0);
        }
    }

    /** A zeroed work array; a float one has {@link CacheLines#FLOATS} spare elements for {@link #lineStart}. */
    private Object newArray(int length) {
        return ev.type == DataType.FLOAT ? new float[length + CacheLines.FLOATS] : new double[length];
    }

    /** Where {@code a}'s used part starts: on a cache line for a float array ({@link CacheLines}), else 0. */
    private static int lineStart(Object a) {
        return a instanceof float[] f ? CacheLines.alignedStart(f) : 0;
    }

    private static void read(NativeArrays a, int index, Object dst) {
        if (dst instanceof float[] f) {
            a.get(index, f, 0, f.length - CacheLines.FLOATS);
        } else {
            double[] d = (double[]) dst;
            a.get(index, d, 0, d.length);
        }
    }

    private static void write(NativeArrays a, int index, Object src) {
        if (src instanceof float[] f) {
            a.put(index, f, 0, f.length - CacheLines.FLOATS);
        } else {
            double[] d = (double[]) src;
            a.put(index, d, 0, d.length);
        }
    }
}
