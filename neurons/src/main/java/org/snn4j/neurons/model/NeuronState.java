package org.snn4j.neurons.model;

import java.util.List;
import org.snn4j.autograd.Tensor;

/**
 * The immutable state a neuron model carries from one time step to the next, shaped
 * {@code [B, ...]} like one step of input, or {@code [H, B, ...]} for a model that keeps H steps of
 * history (SLAYER's SRM, whose kernels reach H steps ahead). Each model declares its own state
 * record; its {@link #tensors()} and {@link NeuronModel#state(List)} convert it to and from a flat
 * list.
 */
public interface NeuronState {

    /**
     * The post-reset membrane potential {@code v} (membrane units), {@code [B, ...]}; for a model
     * without a reset, the membrane the next step starts from.
     */
    Tensor membrane();

    /** The state's tensors in a fixed order, membrane first (what {@link NeuronModel#state} takes back). */
    List<Tensor> tensors();

    /** The same state cut from the graph (truncated BPTT, streaming). */
    NeuronState detach();
}
