package org.snn4j.neurons.model;

/**
 * The immutable parameters record of a neuron model: its fixed dynamics (time constants in ms,
 * potentials in membrane units) plus the {@link Firing} settings. The record IS the JSON form of
 * the model inside a {@code NeuronLayerSpec}: its component names are the JSON field names, with
 * units in the names ({@code tauMs}, {@code dtMs}). Learnable values start from these fields but
 * live in the layer ({@link NeuronModel#learnables}).
 */
public interface NeuronParameters {

    /** Threshold, reset and surrogate. */
    Firing firing();

    /** The same parameters with other firing settings. */
    NeuronParameters withFiring(Firing firing);
}
