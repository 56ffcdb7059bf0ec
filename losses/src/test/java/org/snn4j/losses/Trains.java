package org.snn4j.losses;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Test inputs: literal spike trains and seeded random time-major arrays (float64). */
final class Trains {
    private Trains() {
    }

    /** A {@code [T, 1, C]} array for one sample: {@code perClass[c][t]}. */
    static INDArray oneSample(double[]... perClass) {
        int steps = perClass[0].length;
        INDArray a = Nd4j.zeros(DataType.DOUBLE, steps, 1, perClass.length);
        for (int c = 0; c < perClass.length; c++) {
            for (int t = 0; t < steps; t++) {
                a.putScalar(new long[] {t, 0, c}, perClass[c][t]);
            }
        }
        return a;
    }

    /** Uniform values in {@code [lo, hi)}, seeded. */
    static INDArray uniform(long seed, double lo, double hi, long... shape) {
        SplittableRandom rng = new SplittableRandom(seed);
        INDArray a = Nd4j.zeros(DataType.DOUBLE, shape);
        for (long i = 0; i < a.length(); i++) {
            a.putScalar(i, rng.nextDouble(lo, hi));
        }
        return a;
    }

    /** Binary spikes with probability {@code p}, seeded. */
    static INDArray bernoulli(long seed, double p, long... shape) {
        SplittableRandom rng = new SplittableRandom(seed);
        INDArray a = Nd4j.zeros(DataType.DOUBLE, shape);
        for (long i = 0; i < a.length(); i++) {
            a.putScalar(i, rng.nextDouble() < p ? 1 : 0);
        }
        return a;
    }
}
