/**
 * Fused BPTT kernels: one autograd node per time-major neuron sequence {@code [T, B, ...]}.
 *
 * <p>{@link org.snn4j.neurons.fused.FusedLinearCharge} covers every neuron whose charge step is
 * linear in the membrane and the input ({@code h = a·v + b·x + c}: IF, LIF, charge-form LIF,
 * PLIF), {@link org.snn4j.neurons.fused.FusedAdaptive} the adaptive-threshold neuron, and
 * {@link org.snn4j.neurons.fused.LinearChargeStep} is the forward-only single step conversion's IF
 * simulator runs. Each dynamics has one kernel body ({@code LinearChargeKernel},
 * {@code AdaptiveKernel}) written over a small lanes interface ({@code Lanes}: {@code FloatLanes}
 * for float32 training, {@code DoubleLanes} for float64), plain Java over primitive arrays
 * (the float32 step and one-pass reverse step on the JDK vector API when the JVM has
 * {@code jdk.incubator.vector}: {@code VectorFloatLanes}, bit-identical to the scalar loops),
 * parallel over blocks of neurons (a narrow layer whose neurons share every coefficient, such as
 * a 10-class readout, runs groups of samples as one wide block: {@code SequenceLayout.mergeSamples}),
 * reading and writing ND4J buffers through
 * {@link org.snn4j.autograd.backend.NativeArrays}. The kernels must agree with the reference path
 * (the single step unrolled on the tape); a test sweeps every model, reset mode, detach flag and
 * surrogate to show it. For backward, the linear-charge node keeps per neuron-step only the
 * surrogate derivative σ'(h − θ) and, when read, the spikes as bits ({@code StepState}; in float32
 * σ as a 16-bit code relative to the surrogate's peak, {@code SigmaCode}, unless
 * {@code -Dsnn4j.compactNeuronState=false}) whenever its reverse sweep needs no membrane; else
 * its input, from which the sweep recomputes the membrane. Work arrays are reused, not allocated:
 * a block's vectors come from the per-thread {@link org.snn4j.autograd.backend.BlockScratch}
 * ({@code Lanes.scratch}), and the kept σ and spike bits from the
 * {@link org.snn4j.autograd.backend.ArrayPool}, returned when the graph releases the node.
 */
package org.snn4j.neurons.fused;
