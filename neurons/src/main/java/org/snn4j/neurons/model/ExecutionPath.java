package org.snn4j.neurons.model;

/** How a neuron model runs a sequence. Both give the same spikes and gradients (tested). */
public enum ExecutionPath {
    /** The single step written with autograd primitives, unrolled over T on the tape (the definition). */
    REFERENCE,
    /** One hand-differentiated graph node for the whole sequence (the fast path). */
    FUSED
}
