package org.snn4j.neurons.model;

/** What a neuron sequence outputs at each step. */
public enum Readout {
    /** The spikes {@code s[t] = H(h[t] − θ)} (the usual hidden-layer output). */
    SPIKES,
    /**
     * The pre-reset membrane {@code h[t]} (a membrane-potential readout layer; with reset
     * {@code NONE} this is the leaky integrator of the inputs).
     */
    MEMBRANE
}
