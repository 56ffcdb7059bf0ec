package org.snn4j.autograd.ops;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-blocked inner loops of {@link TransposedConv} (its javadoc has the equation, the
 * loop order and the measurements): one sample's ∂x from its zero-bordered scratch copy of
 * {@code g}, one output-row tile of {@code L} columns at a time, for blocks of {@value #BLOCK}, 4
 * or 1 channels, on one output row or on a pair of rows (for the kernel rows both reach).
 *
 * <p>Each block method has one flat loop over the taps of one run of kernel rows: loops nested over
 * {@code (o, p, q)} around the vector accumulators made C2 (JDK 17) box every vector (about 40×
 * slower), and the accumulators start from a zero array, not {@code FloatVector.zero}, after which
 * C2's store intrinsic failed and each store allocated a vector.
 */
final class TransposedConvRows {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** Floats per vector register. */
    static final int L = S.length();
    /** Channels per register block. */
    static final int BLOCK = 12;
    private static final float[] ZERO = new float[L];

    private final int oc;
    private final int c;
    private final int kh;
    private final int kw;
    private final int oh;
    private final int h;
    private final int w;
    private final int ph;
    /** Scratch row length; heap output row length and channel plane ({@code [C][H][ws]}). */
    private final int pw;
    private final int ws;
    private final int plane;
    /**
     * Per kernel tap {@code t = (p·OC + o)·KW + q}: the scratch offset of the vector for output row 0,
     * tile 0 (negative when that row does not reach g; the loops visit only taps that do).
     */
    private final int[] taps;

    /**
     * @param wShape {@code [OC, C, KH, KW]}
     * @param ph     the forward pass's top padding
     * @param pw     the scratch row length ({@code ws + KW − 1})
     * @param ws     the output row length in the heap buffer
     */
    TransposedConvRows(long[] wShape, int oh, int h, int w, int ph, int pw, int ws) {
        oc = (int) wShape[0];
        c = (int) wShape[1];
        kh = (int) wShape[2];
        kw = (int) wShape[3];
        this.oh = oh;
        this.h = h;
        this.w = w;
        this.ph = ph;
        this.pw = pw;
        this.ws = ws;
        plane = h * ws;
        taps = new int[oc * kh * kw];
        for (int p = 0, t = 0; p < kh; p++) {
            for (int o = 0; o < oc; o++) {
                for (int q = 0; q < kw; q++, t++) {
                    taps[t] = (o * oh + ph - p) * pw + kw - 1 - q;
                }
            }
        }
    }

    /**
     * One sample: {@code dx [C][H][ws]} from the scratch {@code gp [OC][OH][pw]} and the weight
     * {@code wt [KH][OC][KW][C]}.
     */
    void sample(float[] wt, float[] gp, float[] dx) {
        int slab = oc * kw;
        for (int y = 0, step; y < h; y += step) {
            boolean pair = y + 1 < h && lo(y + 1) <= hi(y);
            step = pair ? 2 : 1;
            for (int x0 = 0; x0 < w; x0 += L) {
                int k = 0;
                for (; k + BLOCK <= c; k += BLOCK) {
                    if (!pair) {
                        block12(lo(y) * slab, (hi(y) + 1) * slab, false, wt, gp, dx, k, y, x0);
                        continue;
                    }
                    // the kernel rows both rows reach, then those only row y or only row y + 1 reaches
                    block12x2(lo(y + 1) * slab, (hi(y) + 1) * slab, wt, gp, dx, k, y, x0);
                    if (lo(y) < lo(y + 1)) {
                        block12(lo(y) * slab, lo(y + 1) * slab, true, wt, gp, dx, k, y, x0);
                    }
                    if (hi(y + 1) > hi(y)) {
                        block12((hi(y) + 1) * slab, (hi(y + 1) + 1) * slab, true, wt, gp, dx, k, y + 1, x0);
                    }
                }
                for (int r = y; r < y + step; r++) {
                    int from = lo(r) * slab;
                    int to = (hi(r) + 1) * slab;
                    int j = k;
                    for (; j + 4 <= c; j += 4) {
                        block4(from, to, wt, gp, dx, j, r, x0);
                    }
                    for (; j < c; j++) {
                        block1(from, to, wt, gp, dx, j, r, x0);
                    }
                }
            }
        }
    }

    /** The first kernel row {@code p} that reaches a row of g from output row {@code y} ({@code y + pH − p < OH}). */
    private int lo(int y) {
        return Math.max(0, y + ph - oh + 1);
    }

    /** The last kernel row {@code p} that reaches a row of g from output row {@code y} ({@code y + pH − p ≥ 0}). */
    private int hi(int y) {
        return Math.min(kh - 1, y + ph);
    }

    /**
     * Channels {@code k … k + 11} of row {@code y}, tile {@code x0}, over taps {@code [from, to)};
     * added to the stored tile when {@code add}.
     */
    private void block12(int from, int to, boolean add, float[] wt, float[] gp, float[] dx, int k, int y, int x0) {
        int d = k * plane + y * ws + x0;
        float[] init = add ? dx : ZERO;
        int e = add ? d : 0;
        int next = add ? plane : 0;
        FloatVector a0 = FloatVector.fromArray(S, init, e);
        FloatVector a1 = FloatVector.fromArray(S, init, e + next);
        FloatVector a2 = FloatVector.fromArray(S, init, e + 2 * next);
        FloatVector a3 = FloatVector.fromArray(S, init, e + 3 * next);
        FloatVector a4 = FloatVector.fromArray(S, init, e + 4 * next);
        FloatVector a5 = FloatVector.fromArray(S, init, e + 5 * next);
        FloatVector a6 = FloatVector.fromArray(S, init, e + 6 * next);
        FloatVector a7 = FloatVector.fromArray(S, init, e + 7 * next);
        FloatVector a8 = FloatVector.fromArray(S, init, e + 8 * next);
        FloatVector a9 = FloatVector.fromArray(S, init, e + 9 * next);
        FloatVector a10 = FloatVector.fromArray(S, init, e + 10 * next);
        FloatVector a11 = FloatVector.fromArray(S, init, e + 11 * next);
        int[] taps = this.taps;
        int base = y * pw + x0;
        for (int t = from, wi = from * c + k; t < to; t++, wi += c) {
            FloatVector v = FloatVector.fromArray(S, gp, base + taps[t]);
            a0 = FloatVector.broadcast(S, wt[wi]).fma(v, a0);
            a1 = FloatVector.broadcast(S, wt[wi + 1]).fma(v, a1);
            a2 = FloatVector.broadcast(S, wt[wi + 2]).fma(v, a2);
            a3 = FloatVector.broadcast(S, wt[wi + 3]).fma(v, a3);
            a4 = FloatVector.broadcast(S, wt[wi + 4]).fma(v, a4);
            a5 = FloatVector.broadcast(S, wt[wi + 5]).fma(v, a5);
            a6 = FloatVector.broadcast(S, wt[wi + 6]).fma(v, a6);
            a7 = FloatVector.broadcast(S, wt[wi + 7]).fma(v, a7);
            a8 = FloatVector.broadcast(S, wt[wi + 8]).fma(v, a8);
            a9 = FloatVector.broadcast(S, wt[wi + 9]).fma(v, a9);
            a10 = FloatVector.broadcast(S, wt[wi + 10]).fma(v, a10);
            a11 = FloatVector.broadcast(S, wt[wi + 11]).fma(v, a11);
        }
        a0.intoArray(dx, d);
        a1.intoArray(dx, d + plane);
        a2.intoArray(dx, d + 2 * plane);
        a3.intoArray(dx, d + 3 * plane);
        a4.intoArray(dx, d + 4 * plane);
        a5.intoArray(dx, d + 5 * plane);
        a6.intoArray(dx, d + 6 * plane);
        a7.intoArray(dx, d + 7 * plane);
        a8.intoArray(dx, d + 8 * plane);
        a9.intoArray(dx, d + 9 * plane);
        a10.intoArray(dx, d + 10 * plane);
        a11.intoArray(dx, d + 11 * plane);
    }

    private void block12x2(int from, int to, float[] wt, float[] gp, float[] dx, int k, int y, int x0) {
        FloatVector a0 = FloatVector.fromArray(S, ZERO, 0);
        FloatVector a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        FloatVector b0 = a0, b1 = a0, b2 = a0, b3 = a0, b4 = a0, b5 = a0;
        FloatVector b6 = a0, b7 = a0, b8 = a0, b9 = a0, b10 = a0, b11 = a0;
        int[] taps = this.taps;
        int base = y * pw + x0;
        int next = base + pw;
        for (int t = from, wi = from * c + k; t < to; t++, wi += c) {
            FloatVector u = FloatVector.fromArray(S, gp, base + taps[t]);
            FloatVector v = FloatVector.fromArray(S, gp, next + taps[t]);
            FloatVector e = FloatVector.broadcast(S, wt[wi]);
            a0 = e.fma(u, a0);
            b0 = e.fma(v, b0);
            e = FloatVector.broadcast(S, wt[wi + 1]);
            a1 = e.fma(u, a1);
            b1 = e.fma(v, b1);
            e = FloatVector.broadcast(S, wt[wi + 2]);
            a2 = e.fma(u, a2);
            b2 = e.fma(v, b2);
            e = FloatVector.broadcast(S, wt[wi + 3]);
            a3 = e.fma(u, a3);
            b3 = e.fma(v, b3);
            e = FloatVector.broadcast(S, wt[wi + 4]);
            a4 = e.fma(u, a4);
            b4 = e.fma(v, b4);
            e = FloatVector.broadcast(S, wt[wi + 5]);
            a5 = e.fma(u, a5);
            b5 = e.fma(v, b5);
            e = FloatVector.broadcast(S, wt[wi + 6]);
            a6 = e.fma(u, a6);
            b6 = e.fma(v, b6);
            e = FloatVector.broadcast(S, wt[wi + 7]);
            a7 = e.fma(u, a7);
            b7 = e.fma(v, b7);
            e = FloatVector.broadcast(S, wt[wi + 8]);
            a8 = e.fma(u, a8);
            b8 = e.fma(v, b8);
            e = FloatVector.broadcast(S, wt[wi + 9]);
            a9 = e.fma(u, a9);
            b9 = e.fma(v, b9);
            e = FloatVector.broadcast(S, wt[wi + 10]);
            a10 = e.fma(u, a10);
            b10 = e.fma(v, b10);
            e = FloatVector.broadcast(S, wt[wi + 11]);
            a11 = e.fma(u, a11);
            b11 = e.fma(v, b11);
        }
        int d = k * plane + y * ws + x0;
        a0.intoArray(dx, d);
        a1.intoArray(dx, d + plane);
        a2.intoArray(dx, d + 2 * plane);
        a3.intoArray(dx, d + 3 * plane);
        a4.intoArray(dx, d + 4 * plane);
        a5.intoArray(dx, d + 5 * plane);
        a6.intoArray(dx, d + 6 * plane);
        a7.intoArray(dx, d + 7 * plane);
        a8.intoArray(dx, d + 8 * plane);
        a9.intoArray(dx, d + 9 * plane);
        a10.intoArray(dx, d + 10 * plane);
        a11.intoArray(dx, d + 11 * plane);
        d += ws;
        b0.intoArray(dx, d);
        b1.intoArray(dx, d + plane);
        b2.intoArray(dx, d + 2 * plane);
        b3.intoArray(dx, d + 3 * plane);
        b4.intoArray(dx, d + 4 * plane);
        b5.intoArray(dx, d + 5 * plane);
        b6.intoArray(dx, d + 6 * plane);
        b7.intoArray(dx, d + 7 * plane);
        b8.intoArray(dx, d + 8 * plane);
        b9.intoArray(dx, d + 9 * plane);
        b10.intoArray(dx, d + 10 * plane);
        b11.intoArray(dx, d + 11 * plane);
    }

    private void block4(int from, int to, float[] wt, float[] gp, float[] dx, int k, int y, int x0) {
        FloatVector a0 = FloatVector.fromArray(S, ZERO, 0);
        FloatVector a1 = a0, a2 = a0, a3 = a0;
        int[] taps = this.taps;
        int base = y * pw + x0;
        for (int t = from, wi = from * c + k; t < to; t++, wi += c) {
            FloatVector v = FloatVector.fromArray(S, gp, base + taps[t]);
            a0 = FloatVector.broadcast(S, wt[wi]).fma(v, a0);
            a1 = FloatVector.broadcast(S, wt[wi + 1]).fma(v, a1);
            a2 = FloatVector.broadcast(S, wt[wi + 2]).fma(v, a2);
            a3 = FloatVector.broadcast(S, wt[wi + 3]).fma(v, a3);
        }
        int d = k * plane + y * ws + x0;
        a0.intoArray(dx, d);
        a1.intoArray(dx, d + plane);
        a2.intoArray(dx, d + 2 * plane);
        a3.intoArray(dx, d + 3 * plane);
    }

    private void block1(int from, int to, float[] wt, float[] gp, float[] dx, int k, int y, int x0) {
        FloatVector a0 = FloatVector.fromArray(S, ZERO, 0);
        int[] taps = this.taps;
        int base = y * pw + x0;
        for (int t = from, wi = from * c + k; t < to; t++, wi += c) {
            a0 = FloatVector.broadcast(S, wt[wi]).fma(FloatVector.fromArray(S, gp, base + taps[t]), a0);
        }
        a0.intoArray(dx, k * plane + y * ws + x0);
    }
}
