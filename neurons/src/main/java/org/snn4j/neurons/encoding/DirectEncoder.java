package org.snn4j.neurons.encoding;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Shapes;

/**
 * Direct (analog current) coding: the input itself is repeated at every step and fed to the
 * first layer, whose neurons do the spike conversion (Rathi &amp; Roy's "direct input"; the usual
 * input of SpikingJelly's static-image networks):
 *
 * <pre>
 * y[t, b, …] = x[b, …]    for t = 0 … T − 1
 * </pre>
 * {@link #repeat} is differentiable ({@code ∂x = Σ_t g[t]}), so an encoder in front of it can be
 * trained. Deterministic.
 */
public record DirectEncoder() implements Encoder {

    /** {@code input [B, ...]} repeated T times as float32 {@code [T, B, ...]}. */
    @Override
    public INDArray encode(INDArray input, int steps, RandomGenerator rng) {
        EncoderInputs.checkSteps("DirectEncoder", steps);
        if (input == null || input.rank() < 1) {
            throw new IllegalArgumentException("DirectEncoder: input must be [B, ...] (rank >= 1)");
        }
        return repeat(Tensor.constant(input.castTo(DataType.FLOAT)), steps).value();
    }

    /** {@code x [B, ...]} repeated T times, {@code [T, B, ...]}, on the tape; keeps the dtype of x. */
    public static Tensor repeat(Tensor x, int steps) {
        EncoderInputs.checkSteps("DirectEncoder", steps);
        long[] s = x.shape();
        long[] one = new long[s.length + 1];
        long[] time = new long[s.length + 1];
        one[0] = 1;
        time[0] = steps;
        for (int i = 0; i < s.length; i++) {
            one[i + 1] = s[i];
            time[i + 1] = 1;
        }
        Tensor zeros = Tensor.constant(Nd4j.zeros(x.dataType(), time));
        return Shapes.reshape(x, one).add(zeros);
    }
}
