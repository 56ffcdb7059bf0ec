package org.snn4j.datasets.loader;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A whole-batch stage the loader's worker runs after assembling a batch, e.g. a rate code turning
 * {@code [B, C, H, W]} intensities into time-major spikes {@code [T, B, C, H, W]}. The coding rules
 * themselves are the network-side encoders of {@code neurons/encoding}; the experiment layer adapts
 * one into this interface, so each rule is written once.
 */
@FunctionalInterface
public interface BatchEncoding {

    /**
     * Encodes one assembled batch.
     *
     * @param batch the batch as the loader built it (owned by the caller; may be returned)
     * @param rng   the batch's generator, after the per-sample augmentation drew from it
     */
    INDArray encode(INDArray batch, RandomGenerator rng);
}
