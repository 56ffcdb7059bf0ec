package org.snn4j.conversion.sim;

/** How an analog input {@code x ∈ [0, 1]} drives the first layer. */
public enum InputCoding {
    /** The same current {@code x} at every step (Rueckauer et al. 2017's analog input). */
    CONSTANT,
    /**
     * Rate ("Poisson") spikes: at every step each input fires with probability {@code x},
     * independently (Diehl et al. 2015), drawn from a seeded generator.
     */
    POISSON
}
