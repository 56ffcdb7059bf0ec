package org.snn4j.neurons.model;

/**
 * The immutable state a neuron model carries from one time step to the next, shaped
 * {@code [B, ...]} like one step of input.
 */
public sealed interface NeuronState permits MembraneState, AdaptiveState {

    /** The post-reset membrane potential {@code v} (membrane units). */
    org.snn4j.autograd.Tensor membrane();

    /** The same state cut from the graph (truncated BPTT, streaming). */
    NeuronState detach();
}
