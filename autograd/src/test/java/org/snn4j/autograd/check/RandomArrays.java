package org.snn4j.autograd.check;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seeded float64 test inputs (row-major), including inputs that keep clear of the kinks and ties
 * where a gradient check is meaningless. Same seed, same array.
 */
public final class RandomArrays {
    private RandomArrays() {
    }

    /** Uniform values in {@code [lo, hi)}. */
    public static INDArray uniform(long seed, double lo, double hi, long... shape) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[length(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble(lo, hi);
        }
        return of(v, shape);
    }

    /**
     * Values with {@code margin ≤ |v| < hi} and a random sign: safe for relu, abs, sign and any
     * kink at 0 as long as {@code margin} is many checker steps wide.
     */
    public static INDArray awayFromZero(long seed, double margin, double hi, long... shape) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[length(shape)];
        for (int i = 0; i < v.length; i++) {
            double m = rng.nextDouble(margin, hi);
            v[i] = rng.nextBoolean() ? m : -m;
        }
        return of(v, shape);
    }

    /**
     * A random permutation of {@code n} evenly spaced values in {@code [lo, hi]}, so every two
     * entries differ by at least {@code (hi − lo)/(n − 1)}: safe for max, max-pool and sorting.
     */
    public static INDArray distinct(long seed, double lo, double hi, long... shape) {
        int n = length(shape);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = n == 1 ? lo : lo + (hi - lo) * i / (n - 1);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
        return of(v, shape);
    }

    private static INDArray of(double[] v, long[] shape) {
        return shape.length == 0 ? Nd4j.scalar(v[0]) : Nd4j.createFromArray(v).reshape('c', shape);
    }

    private static int length(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return Math.toIntExact(n);
    }
}
