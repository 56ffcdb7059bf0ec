package org.snn4j.autograd.ops;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * The vector loops of {@link TransposedConv} (its javadoc has the equation and the measurements) for
 * one sample: a matrix product, then a shifted sum ("col2im").
 * <pre>
 * col[m, i·OW + j] = Σ_o w[o, m] · g[o, i, j]                    m = (c·KH + p)·KW + q   (colᵀ = Wᵀ·G)
 * full[c, i + p, j + q] += col[m, i·OW + j]                     for every m, i, j       (col2im)
 * ∂x[c, y, x] = full[c, y + pH, x + pW]
 * </pre>
 * The rows {@code i} of g are taken {@link #rc} at a time, so that {@code col} stays in the L2 cache
 * (about {@value #COL_FLOATS} floats); {@code col} is held {@code [M][cs]}: each row's products for
 * the pass, padded to whole vectors ({@code np}), plus one vector of slack for the shifted sum's
 * reads. The product runs in register
 * blocks of {@value #ROWS} rows {@code m} by {@value #VECTORS} vectors of {@code (i, j)}: per
 * output channel {@code o}, four vector loads of {@code g}'s row {@code o}, six broadcasts of
 * {@code w[o, m…m+5]} (the weight's own {@code [OC][C·KH·KW]} layout) and 24 FMAs into 24
 * accumulator registers. The shifted sum adds each row {@code i} of {@code col} row {@code m} (one
 * or more vectors, the lanes past {@code OW} cleared with a bit mask) into {@code full}, whose rows
 * have {@code ⌈OW/L⌉·L + KW − 1} columns so that no read or write leaves the array.
 *
 * <p>Every element of {@code col} is one FMA chain over {@code o} ascending, and every element of
 * {@code full} adds its {@code col} terms in {@code m} order: the result does not depend on the
 * thread count. Each block method is one flat loop and its accumulators start from a zero array
 * (loops nested around vector accumulators made C2, JDK 17, box every vector, and accumulators
 * started from {@code FloatVector.zero} made its store intrinsic fail, so each store allocated).
 */
final class TransposedConvGemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    /** Floats per vector register. */
    static final int L = S.length();
    /** Rows {@code m} per register block. */
    static final int ROWS = 6;
    /** Vectors of {@code (i, j)} per register block. */
    static final int VECTORS = 4;
    private static final float[] ZERO = new float[L];
    /** The size {@code col} is kept below (the pass's rows): 192 KB, a fifth of a 1 MB L2 cache. */
    static final int COL_FLOATS = 48 * 1024;
    /** {@code L} all-ones words, then {@code L} zeros: from {@code L − k} on, the mask of the first {@code k} lanes. */
    private static final int[] MASK = new int[2 * L];

    static {
        Arrays.fill(MASK, 0, L, -1);
    }

    private final int oc;
    private final int m;
    private final int c;
    private final int kh;
    private final int kw;
    private final int oh;
    private final int ow;
    /** Rows {@code i} of g per pass, so that {@code col} stays within about {@value #COL_FLOATS} floats. */
    final int rc;
    /** {@code rc·OW} rounded up to whole vectors: the row stride of the g scratch. */
    final int np;
    /** Row stride of {@code col}: {@code np + L}. */
    final int cs;
    /** Rows and row length of {@code full}. */
    final int fh;
    final int fw;

    /**
     * @param wShape {@code [OC, C, KH, KW]}
     * @param oh     rows of g
     * @param ow     columns of g
     */
    TransposedConvGemm(long[] wShape, int oh, int ow) {
        oc = (int) wShape[0];
        c = (int) wShape[1];
        kh = (int) wShape[2];
        kw = (int) wShape[3];
        m = c * kh * kw;
        this.oh = oh;
        this.ow = ow;
        rc = Math.max(1, Math.min(oh, COL_FLOATS / (m * ow)));
        np = (rc * ow + L - 1) / L * L;
        cs = np + L;
        fh = oh + kh - 1;
        fw = (ow + L - 1) / L * L + kw - 1;
    }

    /**
     * One sample: {@code full [C][fh][fw]} (overwritten) from the sample's gradient, the
     * {@code [OC][OH·OW]} elements of {@code gs} from index {@code at}, and the weight
     * {@code w [OC][M]} ({@code wp} its {@link #pack}), with the scratch arrays {@code g [OC][np]}
     * (the rows of one pass, read straight from {@code gs}) and {@code col [M][cs]}.
     */
    void sample(float[] w, float[] wp, NativeArrays gs, int at, float[] g, float[] col, float[] full) {
        Arrays.fill(full, 0, c * fh * fw, 0f);
        for (int i0 = 0; i0 < oh; i0 += rc) {
            int rows = Math.min(rc, oh - i0);
            for (int o = 0; o < oc; o++) {
                gs.get(at + (o * oh + i0) * ow, g, o * np, rows * ow);
            }
            product(w, wp, g, col, (rows * ow + L - 1) / L);
            for (int k = 0; k < c; k++) {
                for (int p = 0; p < kh; p++) {
                    for (int q = 0; q < kw; q++) {
                        shifted(col, ((k * kh + p) * kw + q) * cs, rows, full, (k * fh + i0 + p) * fw + q);
                    }
                }
            }
        }
    }

    /** {@code col[m][0 … nv·L)} from the g scratch's first {@code nv} vectors of each row. */
    private void product(float[] w, float[] wp, float[] g, float[] col, int nv) {
        int full6 = m - m % ROWS;
        int v = 0;
        for (; v + VECTORS <= nv; v += VECTORS) {
            for (int r = 0; r < full6; r += ROWS) {
                block6x4(wp, g, col, r, v * L);
            }
        }
        for (; v < nv; v++) {
            for (int r = 0; r < full6; r += ROWS) {
                block6x1(wp, g, col, r, v * L);
            }
        }
        for (int r = full6; r < m; r++) {
            for (v = 0; v < nv; v++) {
                block1x1(w, g, col, r, v * L);
            }
        }
    }

    /**
     * {@code full[to + i·fw + j] += col[from + i·OW + j]} for {@code i < OH}, {@code j < OW}, a vector
     * at a time (lanes past OW cleared).
     */
    private void shifted(float[] col, int from, int rows, float[] full, int to) {
        for (int j = 0; j < ow; j += L) {
            IntVector keep = IntVector.fromArray(I, MASK, L - Math.min(L, ow - j));
            for (int i = 0, a = from + j, b = to + j; i < rows; i++, a += ow, b += fw) {
                FloatVector v = FloatVector.fromArray(S, col, a).reinterpretAsInts().and(keep).reinterpretAsFloats();
                FloatVector.fromArray(S, full, b).add(v).intoArray(full, b);
            }
        }
    }

    /** The weight {@code [OC][M]} packed for the 6-row blocks: {@code wp[((m/6)·OC + o)·6 + m%6]}. */
    float[] pack(float[] w) {
        int full6 = m - m % ROWS;
        float[] wp = new float[full6 * oc];
        for (int r = 0; r < full6; r += ROWS) {
            for (int o = 0; o < oc; o++) {
                System.arraycopy(w, o * m + r, wp, (r * oc + o * ROWS), ROWS);
            }
        }
        return wp;
    }

    /** Rows {@code r … r+5} of col, vectors at columns {@code n … n + 4L − 1}. */
    private void block6x4(float[] wp, float[] g, float[] col, int r, int n) {
        FloatVector a0 = FloatVector.fromArray(S, ZERO, 0);
        FloatVector a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
        FloatVector c0 = a0, c1 = a0, c2 = a0, c3 = a0, d0 = a0, d1 = a0, d2 = a0, d3 = a0;
        FloatVector e0 = a0, e1 = a0, e2 = a0, e3 = a0, f0 = a0, f1 = a0, f2 = a0, f3 = a0;
        for (int o = 0, wi = r * oc, gi = n; o < oc; o++, wi += ROWS, gi += np) {
            FloatVector g0 = FloatVector.fromArray(S, g, gi);
            FloatVector g1 = FloatVector.fromArray(S, g, gi + L);
            FloatVector g2 = FloatVector.fromArray(S, g, gi + 2 * L);
            FloatVector g3 = FloatVector.fromArray(S, g, gi + 3 * L);
            FloatVector x = FloatVector.broadcast(S, wp[wi]);
            a0 = x.fma(g0, a0);
            a1 = x.fma(g1, a1);
            a2 = x.fma(g2, a2);
            a3 = x.fma(g3, a3);
            x = FloatVector.broadcast(S, wp[wi + 1]);
            b0 = x.fma(g0, b0);
            b1 = x.fma(g1, b1);
            b2 = x.fma(g2, b2);
            b3 = x.fma(g3, b3);
            x = FloatVector.broadcast(S, wp[wi + 2]);
            c0 = x.fma(g0, c0);
            c1 = x.fma(g1, c1);
            c2 = x.fma(g2, c2);
            c3 = x.fma(g3, c3);
            x = FloatVector.broadcast(S, wp[wi + 3]);
            d0 = x.fma(g0, d0);
            d1 = x.fma(g1, d1);
            d2 = x.fma(g2, d2);
            d3 = x.fma(g3, d3);
            x = FloatVector.broadcast(S, wp[wi + 4]);
            e0 = x.fma(g0, e0);
            e1 = x.fma(g1, e1);
            e2 = x.fma(g2, e2);
            e3 = x.fma(g3, e3);
            x = FloatVector.broadcast(S, wp[wi + 5]);
            f0 = x.fma(g0, f0);
            f1 = x.fma(g1, f1);
            f2 = x.fma(g2, f2);
            f3 = x.fma(g3, f3);
        }
        int at = r * cs + n;
        a0.intoArray(col, at);
        a1.intoArray(col, at + L);
        a2.intoArray(col, at + 2 * L);
        a3.intoArray(col, at + 3 * L);
        at += cs;
        b0.intoArray(col, at);
        b1.intoArray(col, at + L);
        b2.intoArray(col, at + 2 * L);
        b3.intoArray(col, at + 3 * L);
        at += cs;
        c0.intoArray(col, at);
        c1.intoArray(col, at + L);
        c2.intoArray(col, at + 2 * L);
        c3.intoArray(col, at + 3 * L);
        at += cs;
        d0.intoArray(col, at);
        d1.intoArray(col, at + L);
        d2.intoArray(col, at + 2 * L);
        d3.intoArray(col, at + 3 * L);
        at += cs;
        e0.intoArray(col, at);
        e1.intoArray(col, at + L);
        e2.intoArray(col, at + 2 * L);
        e3.intoArray(col, at + 3 * L);
        at += cs;
        f0.intoArray(col, at);
        f1.intoArray(col, at + L);
        f2.intoArray(col, at + 2 * L);
        f3.intoArray(col, at + 3 * L);
    }

    /** Rows {@code r … r+5} of col, the vector at column {@code n}. */
    private void block6x1(float[] wp, float[] g, float[] col, int r, int n) {
        FloatVector a0 = FloatVector.fromArray(S, ZERO, 0);
        FloatVector a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
        for (int o = 0, wi = r * oc, gi = n; o < oc; o++, wi += ROWS, gi += np) {
            FloatVector v = FloatVector.fromArray(S, g, gi);
            a0 = FloatVector.broadcast(S, wp[wi]).fma(v, a0);
            a1 = FloatVector.broadcast(S, wp[wi + 1]).fma(v, a1);
            a2 = FloatVector.broadcast(S, wp[wi + 2]).fma(v, a2);
            a3 = FloatVector.broadcast(S, wp[wi + 3]).fma(v, a3);
            a4 = FloatVector.broadcast(S, wp[wi + 4]).fma(v, a4);
            a5 = FloatVector.broadcast(S, wp[wi + 5]).fma(v, a5);
        }
        int at = r * cs + n;
        a0.intoArray(col, at);
        a1.intoArray(col, at + cs);
        a2.intoArray(col, at + 2 * cs);
        a3.intoArray(col, at + 3 * cs);
        a4.intoArray(col, at + 4 * cs);
        a5.intoArray(col, at + 5 * cs);
    }

    /** Row {@code r} of col, the vector at column {@code n}. */
    private void block1x1(float[] w, float[] g, float[] col, int r, int n) {
        FloatVector a0 = FloatVector.fromArray(S, ZERO, 0);
        for (int o = 0, wi = r, gi = n; o < oc; o++, wi += m, gi += np) {
            a0 = FloatVector.broadcast(S, w[wi]).fma(FloatVector.fromArray(S, g, gi), a0);
        }
        a0.intoArray(col, r * cs + n);
    }
}
