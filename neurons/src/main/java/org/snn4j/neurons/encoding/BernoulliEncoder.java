package org.snn4j.neurons.encoding;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Bernoulli rate coding (the probabilistic input sampling of Wu et al. 2018, "Spatio-temporal
 * backpropagation for training high-performance spiking neural networks", and Wu et al. 2019,
 * AAAI; SpikingJelly's {@code PoissonEncoder} on normalised pixels): the intensity is the spike probability of every step,
 *
 * <pre>
 * s[t, i] = 1 if u[t, i] &lt; x_i else 0,   u ~ U[0, 1),   x_i ∈ [0, 1]
 * </pre>
 * Mean spikes per step {@code x_i}, variance {@code x_i·(1 − x_i)}. Uniforms are drawn in
 * row-major order of the output {@code [T, B, ...]} (time outermost).
 */
public record BernoulliEncoder() implements Encoder {
    private static final String NAME = "BernoulliEncoder";

    /** @param input spike probabilities, each in [0, 1] */
    @Override
    public INDArray encode(INDArray input, int steps, RandomGenerator rng) {
        EncoderInputs.checkSteps(NAME, steps);
        EncoderInputs.checkRng(NAME, rng);
        double[] p = EncoderInputs.values(NAME, "probability", input, 0, 1);
        float[] out = new float[EncoderInputs.length(NAME, steps, p.length)];
        for (int t = 0, k = 0; t < steps; t++) {
            for (double pi : p) {
                out[k++] = rng.nextDouble() < pi ? 1f : 0f;
            }
        }
        return EncoderInputs.timeMajor(out, steps, input.shape());
    }
}
