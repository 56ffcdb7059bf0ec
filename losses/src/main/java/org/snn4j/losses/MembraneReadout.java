package org.snn4j.losses;

/** How {@link MembraneCrossEntropy} reduces a membrane trace {@code u[t,b,c]} over time. */
public enum MembraneReadout {
    /** {@code z[b,c] = (1/T) Σ_t u[t,b,c]}; every step receives gradient {@code 1/T}. */
    MEAN,
    /**
     * {@code z[b,c] = max_t u[t,b,c]} (SpyTorch / snnTorch {@code ce_max_membrane_loss}); the
     * gradient goes to the first step that attains the maximum.
     */
    MAX
}
