package org.snn4j.autograd.ops;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

/**
 * Inverted dropout (Srivastava et al., JMLR 2014), a composite of {@code mul} with a constant mask.
 *
 * <pre>
 * m_i = 1/(1 − p) with probability 1 − p, else 0        y = x ⊙ m        ∂x = g ⊙ m
 * </pre>
 * so {@code E[y] = x} and evaluation needs no rescaling. The mask may be built once with
 * {@link #mask} and passed to {@link #apply} repeatedly: a mask of shape {@code [B, N]} broadcast
 * over a time-major {@code [T, B, N]} input drops the same units at every time step.
 * Randomness is always passed in; the same generator state gives the same mask.
 */
public final class Dropout {
    private Dropout() {
    }

    /**
     * Drops each element with probability {@code p} while {@code training}; in evaluation mode (or
     * with {@code p = 0}) returns {@code x} itself, recording nothing.
     *
     * @throws IllegalArgumentException when {@code p} is outside [0, 1]
     */
    public static Tensor dropout(Tensor x, double p, boolean training, RandomGenerator rng) {
        checkP(p);
        if (!training || p == 0) {
            return x;
        }
        return apply(x, mask(x.shape(), p, x.dataType(), rng));
    }

    /** {@code x ⊙ mask} for a pre-scaled mask from {@link #mask}; the mask broadcasts against x. */
    public static Tensor apply(Tensor x, INDArray mask) {
        return Arithmetic.mul(x, Tensor.constant(mask));
    }

    /**
     * A fresh inverted-dropout mask: each element is {@code 1/(1 − p)} with probability
     * {@code 1 − p} and 0 otherwise (all zeros when {@code p = 1}), drawn in row-major order.
     */
    public static INDArray mask(long[] shape, double p, DataType type, RandomGenerator rng) {
        checkP(p);
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("dropout: mask of " + n + " elements is too large");
        }
        double keep = 1 - p;
        double scale = p == 1 ? 0 : 1 / keep;
        double[] m = new double[(int) n];
        for (int i = 0; i < m.length; i++) {
            m[i] = rng.nextDouble() < keep ? scale : 0;
        }
        INDArray flat = Nd4j.createFromArray(m);
        return (shape.length == 0 ? flat.reshape(new long[0]) : flat.reshape('c', shape)).castTo(type);
    }

    private static void checkP(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("dropout: p must be in [0, 1], got " + p);
        }
    }
}
