package org.snn4j.neurons.model;

import org.snn4j.autograd.Tensor;

/**
 * One time step of a neuron model.
 *
 * @param spikes   {@code s = H(h − θ)}, {@code [B, ...]}
 * @param membrane the pre-reset membrane {@code h} (what the threshold is compared with)
 * @param state    the state after the reset, input of the next step
 * @param <S>      the model's state type
 */
public record StepResult<S extends NeuronState>(Tensor spikes, Tensor membrane, S state) {
}
