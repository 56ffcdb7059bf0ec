package org.snn4j.neurons.encoding;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Turns analog input {@code [B, ...]} into a spike tensor {@code [T, B, ...]} (float32). The input's
 * meaning (rate in Hz, probability, intensity) is fixed by each implementation.
 */
public interface Encoder {

    /**
     * @param input analog values {@code [B, ...]} (rank ≥ 1, any data type)
     * @param steps number of time steps T, ≥ 1
     * @param rng   the randomness of stochastic encoders (unused by deterministic ones, may be null
     *              for them); the same generator state gives the same output
     * @return {@code [T, B, ...]} float32
     */
    INDArray encode(INDArray input, int steps, RandomGenerator rng);
}
