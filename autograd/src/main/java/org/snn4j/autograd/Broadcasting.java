package org.snn4j.autograd;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * NumPy broadcasting, handled once for the whole engine.
 *
 * <p>Shapes are aligned at their trailing dimensions; a dimension of size 1 (or a missing leading
 * dimension) stretches to the other operand's size. The gradient of a broadcast input is the
 * upstream gradient summed over every stretched dimension ({@link #reduceTo}); {@link Graph}
 * applies that reduction to every rule's output, so no operation repeats it.
 */
public final class Broadcasting {
    private Broadcasting() {
    }

    /** The broadcast shape of {@code a} and {@code b}, or an exception naming both shapes. */
    public static long[] shape(long[] a, long[] b) {
        int rank = Math.max(a.length, b.length);
        long[] out = new long[rank];
        for (int i = 0; i < rank; i++) {
            long da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            long db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException("shapes " + Arrays.toString(a) + " and "
                        + Arrays.toString(b) + " cannot be broadcast (dimension " + i + ")");
            }
            out[i] = Math.max(da, db);
        }
        return out;
    }

    /**
     * {@code a} stretched to {@code shape}: a new c-ordered array ({@code a} itself when already
     * that shape). A dense float array is copied run by run ({@link #repeated}); anything else goes
     * through an in-place broadcast add into zeros, which ND4J runs an order of magnitude faster
     * than {@code INDArray.broadcast} for large targets.
     */
    public static INDArray expand(INDArray a, long[] shape) {
        if (Arrays.equals(a.shape(), shape)) {
            return a;
        }
        INDArray aligned = alignRank(a, shape.length);
        if (a.length() > 0 && lengthOf(shape) <= Integer.MAX_VALUE && denseFloating(a)) {
            return repeated(a, aligned.shape(), shape);
        }
        return Nd4j.zeros(a.dataType(), shape).addi(aligned);
    }

    /**
     * {@code a} (dense, rank-aligned shape {@code from}) stretched to {@code shape} by copying runs
     * of its last axis (or filling them, when the last axis is the stretched one) in one pass over
     * the output. ND4J's broadcast add costs milliseconds even for a [128, 1] → [128, 10] gradient.
     */
    private static INDArray repeated(INDArray a, long[] from, long[] shape) {
        int rank = shape.length;
        INDArray out = Nd4j.createUninitialized(a.dataType(), shape, 'c');
        if (rank == 0) {
            return out.assign(a);
        }
        long[] srcStride = new long[rank];
        long s = 1;
        for (int d = rank - 1; d >= 0; d--) {
            srcStride[d] = from[d] == 1 && shape[d] != 1 ? 0 : s;
            s *= from[d];
        }
        int inner = (int) shape[rank - 1];
        boolean fill = srcStride[rank - 1] == 0;
        long outer = lengthOf(shape) / Math.max(inner, 1);
        int n = (int) a.length();
        boolean isFloat = a.dataType() == DataType.FLOAT;
        double[] src = isFloat ? null : new double[n];
        float[] srcF = isFloat ? new float[n] : null;
        NativeArrays in = NativeArrays.of(a);
        if (isFloat) {
            in.get(0, srcF, 0, n);
        } else {
            in.get(0, src, 0, n);
        }
        NativeArrays ov = NativeArrays.of(out);
        float[] rowF = isFloat ? new float[inner] : null;
        double[] row = isFloat ? null : new double[inner];
        long[] idx = new long[rank];
        int base = 0;
        for (long o = 0; o < outer; o++) {
            if (isFloat) {
                if (fill) {
                    Arrays.fill(rowF, srcF[base]);
                } else {
                    System.arraycopy(srcF, base, rowF, 0, inner);
                }
                ov.put((int) (o * inner), rowF, 0, inner);
            } else {
                if (fill) {
                    Arrays.fill(row, src[base]);
                } else {
                    System.arraycopy(src, base, row, 0, inner);
                }
                ov.put((int) (o * inner), row, 0, inner);
            }
            for (int d = rank - 2; d >= 0; d--) {
                base += (int) srcStride[d];
                if (++idx[d] < shape[d]) {
                    break;
                }
                base -= (int) (srcStride[d] * shape[d]);
                idx[d] = 0;
            }
        }
        return out;
    }

    /**
     * {@code z[r, :] += row} for every row of a 2-D {@code z}, in place (a bias add); returns
     * {@code z}. Dense float arrays take one sequential pass in Java: ND4J's {@code addiRowVector}
     * took 20 ms on [3200, 800] where the pass takes 0.5 ms (same process, loaded 2-core machine).
     */
    public static INDArray addRowInPlace(INDArray z, INDArray row) {
        if (z.rank() != 2 || row.length() != z.size(1)) {
            throw new IllegalArgumentException("addRowInPlace: row of " + row.length() + " for rows of "
                    + Arrays.toString(z.shape()));
        }
        if (!denseFloating(z) || z.dataType() != row.dataType()) {
            return z.addiRowVector(row.reshape(row.length()));
        }
        int rows = (int) z.size(0);
        int cols = (int) z.size(1);
        NativeArrays zv = NativeArrays.of(z);
        if (z.dataType() == DataType.FLOAT) {
            float[] b = row.dup('c').data().asFloat();
            float[] r = new float[cols];
            for (int i = 0; i < rows; i++) {
                zv.get(i * cols, r, 0, cols);
                for (int c = 0; c < cols; c++) {
                    r[c] += b[c];
                }
                zv.put(i * cols, r, 0, cols);
            }
        } else {
            double[] b = row.dup('c').data().asDouble();
            double[] r = new double[cols];
            for (int i = 0; i < rows; i++) {
                zv.get(i * cols, r, 0, cols);
                for (int c = 0; c < cols; c++) {
                    r[c] += b[c];
                }
                zv.put(i * cols, r, 0, cols);
            }
        }
        return z;
    }

    /** {@code a} reshaped with leading size-1 dimensions to {@code rank} (no copy when possible). */
    public static INDArray alignRank(INDArray a, int rank) {
        if (a.rank() == rank) {
            return a;
        }
        long[] aligned = new long[rank];
        long[] as = a.shape();
        Arrays.fill(aligned, 1L);
        System.arraycopy(as, 0, aligned, rank - as.length, as.length);
        return a.reshape(aligned);
    }

    /**
     * Sums {@code g} over the dimensions that broadcasting stretched so that the result has
     * exactly {@code shape}. Returns {@code g} unchanged when the shapes already agree.
     */
    public static INDArray reduceTo(INDArray g, long[] shape) {
        long[] gs = g.shape();
        if (Arrays.equals(gs, shape)) {
            return g;
        }
        if (g.length() == lengthOf(shape)) {
            return g.reshape(shape);
        }
        int lead = gs.length - shape.length;
        if (lead < 0) {
            throw new IllegalStateException("gradient of shape " + Arrays.toString(gs)
                    + " cannot be reduced to " + Arrays.toString(shape));
        }
        int[] axes = new int[gs.length];
        int n = 0;
        for (int i = 0; i < gs.length; i++) {
            if (i < lead || (shape[i - lead] == 1 && gs[i] != 1)) {
                axes[n++] = i;
            } else if (shape[i - lead] != gs[i]) {
                throw new IllegalStateException("gradient of shape " + Arrays.toString(gs)
                        + " cannot be reduced to " + Arrays.toString(shape));
            }
        }
        if (n > 0 && axes[n - 1] == n - 1 && denseFloating(g)) {
            return sumLeading(g, n).reshape(shape);
        }
        INDArray summed = n == 0 ? g : g.sum(Arrays.copyOf(axes, n));
        return summed.reshape(shape);
    }

    /**
     * {@code Σ} of {@code g} over its first {@code lead} axes, shaped as the remaining axes
     * ({@link #sumLeading}: one sequential pass, float64 accumulation, rows in order), or
     * {@code null} when {@code g} is not a dense row-major FLOAT or DOUBLE array (then ND4J's
     * reduction is the caller's fallback).
     */
    public static INDArray sumLeadingAxes(INDArray g, int lead) {
        if (lead < 1 || lead >= g.rank() || g.length() == 0 || !denseFloating(g)) {
            return null;
        }
        return sumLeading(g, lead).reshape(Arrays.copyOfRange(g.shape(), lead, g.rank()));
    }

    /**
     * The sum of a dense 'c' array over its first {@code lead} axes (a bias gradient: rows of
     * {@code [N, C]} added up), one sequential pass accumulating in float64. ND4J's
     * {@code sum(0)} walks each column with a stride instead, about ten times slower on [3200, 800].
     */
    private static INDArray sumLeading(INDArray g, int lead) {
        long rowsL = 1;
        for (int i = 0; i < lead; i++) {
            rowsL *= g.size(i);
        }
        int rows = (int) rowsL;
        int cols = (int) (g.length() / rowsL);
        double[] acc = new double[cols];
        NativeArrays gv = NativeArrays.of(g);
        if (g.dataType() == DataType.FLOAT) {
            float[] row = new float[cols];
            for (int r = 0; r < rows; r++) {
                gv.get(r * cols, row, 0, cols);
                for (int c = 0; c < cols; c++) {
                    acc[c] += row[c];
                }
            }
        } else {
            double[] row = new double[cols];
            for (int r = 0; r < rows; r++) {
                gv.get(r * cols, row, 0, cols);
                for (int c = 0; c < cols; c++) {
                    acc[c] += row[c];
                }
            }
        }
        return Nd4j.createFromArray(acc).castTo(g.dataType());
    }

    /** FLOAT or DOUBLE, row-major dense from offset 0, under 2^31 elements. */
    private static boolean denseFloating(INDArray g) {
        return (g.dataType() == DataType.FLOAT || g.dataType() == DataType.DOUBLE) && g.offset() == 0
                && g.length() <= Integer.MAX_VALUE && g.data().length() >= g.length() && g.ordering() == 'c'
                && Shape.hasDefaultStridesForShape(g);
    }

    static long lengthOf(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
