package org.snn4j.conversion.sim;

/** How the class is read from the output layer after T steps. */
public enum OutputReadout {
    /** Arg-max of the output IF neurons' spike counts (the lowest class wins a tie). */
    SPIKE_COUNT,
    /**
     * Arg-max of the accumulated input current {@code Σ_t z^L(t)} of non-spiking output neurons
     * (Rueckauer et al. 2017's membrane readout; no reset, no spikes).
     */
    MEMBRANE
}
