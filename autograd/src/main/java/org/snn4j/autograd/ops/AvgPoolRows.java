package org.snn4j.autograd.ops;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector-API VJP of the 2×2, stride-2 average pooling ({@link AvgPoolKernel}'s class doc has the
 * equation): {@code ∂x[2i + r, 2j + s] = g[i, j]·¼} for {@code r, s ∈ {0, 1}}. Each vector of
 * {@code L} gradients of one row, times {@code 0.25f}, is duplicated lane-wise ({@code rearrange}
 * with the shuffles {@code {0, 0, 1, 1, …}} and {@code {L/2, L/2, …}}) into {@code 2L} cells, stored
 * to both output rows {@code 2i} and {@code 2i + 1}. {@code g·0.25f} in float equals the scalar
 * path's {@code (float) (g·0.25)} in double bit for bit (both are the correctly rounded exact
 * product), so the result does not depend on whether the vector API is present.
 *
 * <p>The stores are whole vectors: the last ones of an output row run past its {@code 2·OW} cells
 * into cells written later (each output row is stored whole before the next, in ascending order),
 * so the caller zeroes the cells no window covers (last column or row of an odd width or height)
 * after the plane and pads both arrays by {@link #PAD} floats.
 *
 * <p>Measured (a whole {@code AvgPoolKernel} VJP with its per-plane native copies, one thread, old
 * and new alternating in one JVM, thread CPU time, loaded machine, so approximate): 1.6 against
 * 3.9 ms for 6144 planes of 30×30, 1.3 against 2.7 ms for 32768 planes of 11×11. Copying several
 * planes per native get and put instead was slower: the group no longer stays in L1.
 */
final class AvgPoolRows {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Floats the loads and stores may run past the last plane of either array. */
    static final int PAD = 2 * L;
    private static final VectorShuffle<Float> LOW = VectorShuffle.fromOp(S, i -> i / 2);
    private static final VectorShuffle<Float> HIGH = VectorShuffle.fromOp(S, i -> (L + i) / 2);

    private AvgPoolRows() {
    }

    /**
     * One plane: the {@code oh × ow} gradients at {@code in[a …)} to cells {@code [0, 2·ow)} of the
     * first {@code 2·oh} rows of the output plane at {@code out[o …)} with rows of {@code w} cells;
     * other cells get junk. Rows of at most {@code L} gradients (the conv N-MNIST planes) take one
     * load each, with both halves of the duplicate kept in registers for the two output rows.
     */
    static void spreadPlane(float[] in, int a, int oh, int ow, float[] out, int o, int w) {
        if (2 * ow <= L) {
            for (int i = 0; i < oh; i++) {
                int r0 = o + 2 * i * w;
                FloatVector lo = FloatVector.fromArray(S, in, a + i * ow).mul(0.25f).rearrange(LOW);
                lo.intoArray(out, r0);
                lo.intoArray(out, r0 + w);
            }
        } else if (ow <= L) {
            for (int i = 0; i < oh; i++) {
                int r0 = o + 2 * i * w;
                FloatVector v = FloatVector.fromArray(S, in, a + i * ow).mul(0.25f);
                FloatVector lo = v.rearrange(LOW);
                FloatVector hi = v.rearrange(HIGH);
                lo.intoArray(out, r0);
                hi.intoArray(out, r0 + L);
                lo.intoArray(out, r0 + w);
                hi.intoArray(out, r0 + w + L);
            }
        } else {
            for (int i = 0; i < oh; i++) {
                int r0 = o + 2 * i * w;
                duplicate(in, a + i * ow, ow, out, r0);
                duplicate(in, a + i * ow, ow, out, r0 + w);
            }
        }
    }

    /** {@code out[r + 2k] = out[r + 2k + 1] = in[at + k]·0.25f} for {@code k < ow}, junk up to {@code 2L} floats beyond. */
    private static void duplicate(float[] in, int at, int ow, float[] out, int r) {
        for (int c = 0; c < ow; c += L) {
            FloatVector v = FloatVector.fromArray(S, in, at + c).mul(0.25f);
            v.rearrange(LOW).intoArray(out, r + 2 * c);
            if (2 * c + L < 2 * ow) {
                v.rearrange(HIGH).intoArray(out, r + 2 * c + L);
            }
        }
    }
}
