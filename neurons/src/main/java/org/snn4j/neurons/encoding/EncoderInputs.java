package org.snn4j.neurons.encoding;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Input checks and output assembly shared by the encoders. */
final class EncoderInputs {
    private EncoderInputs() {
    }

    /**
     * The input in row-major order, each value checked to lie in {@code [lo, hi]}.
     *
     * @throws IllegalArgumentException naming the encoder, the flat index and the allowed range
     */
    static double[] values(String encoder, String what, INDArray input, double lo, double hi) {
        if (input == null || input.rank() < 1) {
            throw new IllegalArgumentException(encoder + ": input must be [B, ...] (rank >= 1), got "
                    + (input == null ? "null" : "rank " + input.rank()));
        }
        double[] v = input.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] >= lo && v[i] <= hi)) {
                throw new IllegalArgumentException(encoder + ": " + what + "[" + i + "] = " + v[i]
                        + " is outside the allowed range [" + lo + ", " + hi + "]");
            }
        }
        return v;
    }

    static void checkSteps(String encoder, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException(encoder + ": steps must be >= 1, got " + steps);
        }
    }

    static void checkRng(String encoder, Object rng) {
        if (rng == null) {
            throw new IllegalArgumentException(encoder + " is stochastic: pass a seeded RandomGenerator");
        }
    }

    /** {@code data} (length T·n, time-major) as a float32 {@code [T, input shape...]} array. */
    static INDArray timeMajor(float[] data, int steps, long[] inputShape) {
        long[] shape = new long[inputShape.length + 1];
        shape[0] = steps;
        System.arraycopy(inputShape, 0, shape, 1, inputShape.length);
        if (data.length != Arrays.stream(shape).reduce(1, (a, b) -> a * b)) {
            throw new IllegalStateException("encoder output has " + data.length + " values for shape "
                    + Arrays.toString(shape));
        }
        return Nd4j.create(data, shape, 'c');
    }

    /** {@code steps · n} as an array length, or a clear error when too large. */
    static int length(String encoder, int steps, int n) {
        long total = (long) steps * n;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(encoder + ": " + steps + " steps × " + n + " values is too large");
        }
        return (int) total;
    }
}
