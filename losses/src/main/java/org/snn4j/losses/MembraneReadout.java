package org.snn4j.losses;

/**
 * How {@link MembraneCrossEntropy} reduces a membrane trace {@code u[t,b,c]} over time into logits.
 * A reduction over time inside the loss, not a neuron's output selection (spikes or membrane per
 * step, which is the neuron model's {@code Readout}); the output layer must already emit its
 * membrane.
 */
public enum MembraneReadout {
    /** {@code z[b,c] = (1/T) Σ_t u[t,b,c]}; every step receives gradient {@code 1/T}. */
    MEAN,
    /**
     * {@code z[b,c] = max_t u[t,b,c]} (SpyTorch / snnTorch {@code ce_max_membrane_loss}); the
     * gradient goes to the first step that attains the maximum.
     */
    MAX
}
