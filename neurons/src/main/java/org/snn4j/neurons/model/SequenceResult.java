package org.snn4j.neurons.model;

import org.snn4j.autograd.Tensor;

/**
 * A neuron model run over a time-major sequence.
 *
 * @param output     {@code [T, B, ...]}: spikes, or the pre-reset membrane for a membrane readout
 * @param finalState the state after the last step; on the fused path it is detached (continuing
 *                   from it truncates back-propagation at the sequence boundary)
 * @param <S>        the model's state type
 */
public record SequenceResult<S extends NeuronState>(Tensor output, S finalState) {
}
