package org.snn4j.experiment.data;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.neurons.encoding.Encoder;

/**
 * Batch transform for static images feeding an SNN: optional random shift, then an
 * {@link Encoder} that turns {@code [B, C, H, W]} intensities into time-major {@code [T, B, C, H, W]}
 * input, with randomness from the batch's generator.
 *
 * @param encoder the input coding (Poisson, direct current, ...)
 * @param steps   T
 * @param shift   maximum random shift in pixels (0: none)
 */
public record EncodedImages(Encoder encoder, int steps, int shift) implements InMemoryBatchSource.BatchTransform {
    @Override
    public INDArray apply(INDArray raw, SplittableRandom rng) {
        INDArray x = shift > 0 ? new RandomShift(shift).apply(raw, rng) : raw;
        return encoder.encode(x, steps, rng);
    }
}
