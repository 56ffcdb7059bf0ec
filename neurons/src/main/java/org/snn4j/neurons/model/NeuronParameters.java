package org.snn4j.neurons.model;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * The immutable parameters record of a neuron model, which also builds the model.
 * Implemented by one record per model ({@link LifParameters}, ...).
 */
public interface NeuronParameters {

    /** The model's registry name. */
    String modelName();

    /** Threshold, reset and surrogate. */
    Firing firing();

    /** The same parameters with other firing settings. */
    NeuronParameters withFiring(Firing firing);

    /**
     * Builds the model.
     *
     * @param channels 1 for one learnable value per layer, or C for one per channel of the first
     *                 neuron dimension (input {@code [T, B, C, ...]}); only learnable values use it
     * @param type     the data type of the learnable tensors (FLOAT, or DOUBLE for gradient checks)
     */
    NeuronModel<?> build(int channels, DataType type);
}
