/**
 * Fused BPTT kernels: one autograd node per time-major neuron sequence {@code [T, B, ...]}.
 *
 * <p>{@link org.snn4j.neurons.fused.FusedLinearCharge} covers every neuron whose charge step is
 * linear in the membrane and the input ({@code h = a·v + b·x + c}: IF, LIF, charge-form LIF,
 * PLIF), {@link org.snn4j.neurons.fused.FusedAdaptive} the adaptive-threshold neuron. Forward and
 * reverse-time backward loops are plain Java over primitive arrays, parallel over blocks of
 * neurons, and keep only what backward needs. They must agree with the reference path (the
 * single step unrolled on the tape); a test sweeps every model, reset mode, detach flag and
 * surrogate to show it.
 */
package org.snn4j.neurons.fused;
