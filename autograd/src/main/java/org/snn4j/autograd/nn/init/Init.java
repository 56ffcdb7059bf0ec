package org.snn4j.autograd.nn.init;

import java.util.Arrays;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Initialisers that overwrite an array in place.
 *
 * <p>Values are drawn from {@code rng} in row-major ({@code 'c'}) element order, so the same seed
 * gives the same weights whatever the array's memory order. Uniform draws use
 * {@code lo + (hi − lo)·rng.nextDouble()}, normal draws {@code mean + std·rng.nextGaussian()}.
 *
 * <pre>
 * kaimingUniform: U(−b, b),    b = g·√(3 / fan)              (He et al. 2015)
 * kaimingNormal:  N(0, σ²),    σ = g / √fan
 * xavierUniform:  U(−b, b),    b = g·√(6 / (fanIn + fanOut)) (Glorot &amp; Bengio 2010)
 * xavierNormal:   N(0, σ²),    σ = g·√(2 / (fanIn + fanOut))
 * pytorchDefault: weight U(−1/√fanIn, 1/√fanIn) (= kaimingUniform with g = √(1/3)), bias likewise
 * </pre>
 * Fans follow {@link FanMode}: for {@code [out, in, k…]}, {@code fanIn = in·∏k}, {@code fanOut = out·∏k}.
 */
public final class Init {
    private Init() {
    }

    /** {@code fanIn} of a weight shaped {@code [out, in, k…]} (rank ≥ 2). */
    public static long fanIn(long[] shape) {
        requireRank2(shape);
        return shape[1] * receptiveField(shape);
    }

    /** {@code fanOut} of a weight shaped {@code [out, in, k…]} (rank ≥ 2). */
    public static long fanOut(long[] shape) {
        requireRank2(shape);
        return shape[0] * receptiveField(shape);
    }

    /** Kaiming/He uniform: {@code U(−b, b)} with {@code b = gain·√(3/fan)}. */
    public static void kaimingUniform(INDArray w, FanMode mode, double gain, RandomGenerator rng) {
        double bound = gain * Math.sqrt(3.0 / fan(w.shape(), mode));
        uniform(w, -bound, bound, rng);
    }

    /** Kaiming/He normal: {@code N(0, σ²)} with {@code σ = gain/√fan}. */
    public static void kaimingNormal(INDArray w, FanMode mode, double gain, RandomGenerator rng) {
        normal(w, 0.0, gain / Math.sqrt(fan(w.shape(), mode)), rng);
    }

    /** Xavier/Glorot uniform: {@code U(−b, b)} with {@code b = gain·√(6/(fanIn+fanOut))}. */
    public static void xavierUniform(INDArray w, double gain, RandomGenerator rng) {
        double bound = gain * Math.sqrt(6.0 / (fanIn(w.shape()) + fanOut(w.shape())));
        uniform(w, -bound, bound, rng);
    }

    /** Xavier/Glorot normal: {@code N(0, σ²)} with {@code σ = gain·√(2/(fanIn+fanOut))}. */
    public static void xavierNormal(INDArray w, double gain, RandomGenerator rng) {
        normal(w, 0.0, gain * Math.sqrt(2.0 / (fanIn(w.shape()) + fanOut(w.shape()))), rng);
    }

    /**
     * PyTorch's default for {@code nn.Linear} and {@code nn.Conv2d}: the weight from
     * {@code U(−1/√fanIn, 1/√fanIn)}, then (if not {@code null}) the bias from the same range.
     */
    public static void pytorchDefault(INDArray weight, INDArray bias, RandomGenerator rng) {
        kaimingUniform(weight, FanMode.FAN_IN, Nonlinearity.leakyReluGain(Math.sqrt(5.0)), rng);
        if (bias != null) {
            double bound = 1.0 / Math.sqrt(fanIn(weight.shape()));
            uniform(bias, -bound, bound, rng);
        }
    }

    /** Fills {@code w} from {@code U(lo, hi)}. */
    public static void uniform(INDArray w, double lo, double hi, RandomGenerator rng) {
        if (!(hi >= lo)) {
            throw new IllegalArgumentException("uniform bounds need lo <= hi, got [" + lo + ", " + hi + "]");
        }
        fill(w, () -> lo + (hi - lo) * rng.nextDouble());
    }

    /** Fills {@code w} from {@code N(mean, std²)}. */
    public static void normal(INDArray w, double mean, double std, RandomGenerator rng) {
        if (!(std >= 0)) {
            throw new IllegalArgumentException("std must be >= 0, got " + std);
        }
        fill(w, () -> mean + std * rng.nextGaussian());
    }

    /** Sets every element of {@code w} to {@code value}. */
    public static void constant(INDArray w, double value) {
        w.assign(value);
    }

    private static void fill(INDArray w, DoubleSupplier draw) {
        double[] v = new double[Math.toIntExact(w.length())];
        for (int i = 0; i < v.length; i++) {
            v[i] = draw.getAsDouble();
        }
        w.assign(Nd4j.create(v, w.shape(), 'c').castTo(w.dataType()));
    }

    private static double fan(long[] shape, FanMode mode) {
        long f = mode == FanMode.FAN_IN ? fanIn(shape) : fanOut(shape);
        if (f <= 0) {
            throw new IllegalArgumentException("fan is 0 for shape " + Arrays.toString(shape));
        }
        return f;
    }

    private static long receptiveField(long[] shape) {
        long r = 1;
        for (int i = 2; i < shape.length; i++) {
            r *= shape[i];
        }
        return r;
    }

    private static void requireRank2(long[] shape) {
        if (shape.length < 2) {
            throw new IllegalArgumentException("fan needs a weight of rank >= 2 ([out, in, k...]), got shape "
                    + Arrays.toString(shape));
        }
    }
}
