package org.snn4j.experiment.data;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.neurons.encoding.Encoder;
import org.snn4j.neurons.encoding.PoissonEncoder;

/**
 * Poisson coding of intensities in [0, 1]: rate = intensity · {@code maxRateHz}, Bernoulli per
 * step of {@code dtMs} (p = min(1, rate·dt)).
 *
 * @param maxRateHz rate of a full-intensity pixel
 * @param dtMs      step length
 */
public record PoissonIntensity(double maxRateHz, double dtMs) implements Encoder {
    @Override
    public INDArray encode(INDArray input, int steps, RandomGenerator rng) {
        return new PoissonEncoder(dtMs).encodeIntensity(input, maxRateHz, steps, rng);
    }
}
