package org.snn4j.autograd;

import java.lang.ref.Reference;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

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
     * that shape). Implemented as an in-place broadcast add into zeros, which ND4J runs an order
     * of magnitude faster than {@code INDArray.broadcast} for large targets.
     */
    public static INDArray expand(INDArray a, long[] shape) {
        if (Arrays.equals(a.shape(), shape)) {
            return a;
        }
        INDArray aligned = alignRank(a, shape.length);
        if (a.length() > 0 && lengthOf(shape) <= Integer.MAX_VALUE && stretchesLeadingOnly(aligned.shape(), shape)
                && denseFloating(a)) {
            return repeated(a, shape);
        }
        return Nd4j.zeros(a.dataType(), shape).addi(aligned);
    }

    /** True when {@code from} is {@code [1, …, 1, rest]} and {@code to} is {@code [n…, rest]}. */
    private static boolean stretchesLeadingOnly(long[] from, long[] to) {
        int i = 0;
        while (i < to.length && from[i] == 1 && to[i] != 1) {
            i++;
        }
        return Arrays.equals(Arrays.copyOfRange(from, i, from.length), Arrays.copyOfRange(to, i, to.length));
    }

    /**
     * A dense array of {@code shape} holding copies of {@code a} one after another (the gradient of
     * a sum over leading axes): bulk copies instead of ND4J's broadcast add, which is slow when the
     * stretched axis comes first.
     */
    private static INDArray repeated(INDArray a, long[] shape) {
        INDArray out = Nd4j.createUninitialized(a.dataType(), shape, 'c');
        int n = (int) a.length();
        long copies = out.length() / n;
        if (a.dataType() == DataType.FLOAT) {
            float[] v = new float[n];
            a.data().asNioFloat().get(0, v, 0, n);
            FloatBuffer o = out.data().asNioFloat();
            for (long c = 0; c < copies; c++) {
                o.put((int) (c * n), v, 0, n);
            }
        } else {
            double[] v = new double[n];
            a.data().asNioDouble().get(0, v, 0, n);
            DoubleBuffer o = out.data().asNioDouble();
            for (long c = 0; c < copies; c++) {
                o.put((int) (c * n), v, 0, n);
            }
        }
        Reference.reachabilityFence(a);
        Reference.reachabilityFence(out);
        return out;
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
        if (g.dataType() == DataType.FLOAT) {
            FloatBuffer b = g.data().asNioFloat();
            float[] row = new float[cols];
            for (int r = 0; r < rows; r++) {
                b.get(r * cols, row, 0, cols);
                for (int c = 0; c < cols; c++) {
                    acc[c] += row[c];
                }
            }
        } else {
            DoubleBuffer b = g.data().asNioDouble();
            double[] row = new double[cols];
            for (int r = 0; r < rows; r++) {
                b.get(r * cols, row, 0, cols);
                for (int c = 0; c < cols; c++) {
                    acc[c] += row[c];
                }
            }
        }
        Reference.reachabilityFence(g);
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
