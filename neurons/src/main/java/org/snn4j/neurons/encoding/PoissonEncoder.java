package org.snn4j.neurons.encoding;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Rate coding with a Bernoulli draw per step (the discrete-time Poisson approximation used by
 * SpikingJelly's {@code PoissonEncoder} and snnTorch's {@code spikegen.rate}):
 *
 * <pre>
 * p_i = min(1, r_i · dt / 1000)        r in Hz, dt in ms
 * s[t, i] = 1 if u[t, i] &lt; p_i else 0, u ~ U[0, 1)      independently for every t and i
 * </pre>
 * so the expected spike count over T steps is {@code T·p_i}, with variance {@code T·p_i·(1 − p_i)}.
 * Rates at or above {@code 1000/dt} Hz fire at every step. Uniforms are drawn in row-major order
 * of the output {@code [T, B, ...]} (time outermost).
 *
 * @param dtMs the step length in ms, &gt; 0
 */
public record PoissonEncoder(double dtMs) implements Encoder {
    private static final String NAME = "PoissonEncoder";

    public PoissonEncoder {
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw new IllegalArgumentException(NAME + ".dtMs must be in (0, +inf), got " + dtMs);
        }
    }

    /** @param input firing rates in Hz, each in [0, +inf) */
    @Override
    public INDArray encode(INDArray input, int steps, RandomGenerator rng) {
        EncoderInputs.checkSteps(NAME, steps);
        EncoderInputs.checkRng(NAME, rng);
        double[] rates = EncoderInputs.values(NAME, "rate (Hz)", input, 0, Double.MAX_VALUE);
        double[] p = new double[rates.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.min(1.0, rates[i] * dtMs / 1000.0);
        }
        float[] out = new float[EncoderInputs.length(NAME, steps, p.length)];
        for (int t = 0, k = 0; t < steps; t++) {
            for (double pi : p) {
                out[k++] = rng.nextDouble() < pi ? 1f : 0f;
            }
        }
        return EncoderInputs.timeMajor(out, steps, input.shape());
    }

    /** Encodes intensities in [0, 1] as rates {@code intensity · maxRateHz}. */
    public INDArray encodeIntensity(INDArray intensity, double maxRateHz, int steps, RandomGenerator rng) {
        if (!(maxRateHz >= 0) || Double.isInfinite(maxRateHz)) {
            throw new IllegalArgumentException(NAME + ": maxRateHz must be in [0, +inf), got " + maxRateHz);
        }
        EncoderInputs.values(NAME, "intensity", intensity, 0, 1);
        return encode(intensity.castTo(DataType.DOUBLE).mul(maxRateHz), steps, rng);
    }
}
