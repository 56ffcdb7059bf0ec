package org.snn4j.neurons.diehlcook;

/**
 * How the input synapses of a {@link DiehlCookNetwork} are simulated. Both give identical spikes
 * and weights for the same seed (the dense path adds exact zeros where the event path skips).
 */
public enum SimulationMode {
    /** Only active synapses: the weight rows of the inputs that spiked, the columns of the neurons that fired. */
    EVENT_DRIVEN,
    /** Every synapse every step: a full matrix-vector product and a full STDP pass (the reference). */
    DENSE
}
