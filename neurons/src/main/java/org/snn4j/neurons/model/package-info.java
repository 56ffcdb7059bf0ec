/**
 * Spiking neuron models: immutable parameters record, immutable state record and a pure step
 * (charge → fire → reset), each with a reference path (the step unrolled on the tape) and a
 * fused path (one node per sequence, {@code org.snn4j.neurons.fused}).
 *
 * <p>Models: {@link org.snn4j.neurons.model.IfNeuron}, {@link org.snn4j.neurons.model.Lif}
 * (STBP iterative form), {@link org.snn4j.neurons.model.ChargeLif} (SpikingJelly's charge form),
 * {@link org.snn4j.neurons.model.Plif} (learnable τ), {@link org.snn4j.neurons.model.Alif}
 * (adaptive threshold); any of them can learn its threshold
 * ({@link org.snn4j.neurons.model.Firing#learnableThreshold()}). The registry is
 * {@link org.snn4j.neurons.model.Neurons}. Tensors are time-major: one step {@code [B, ...]},
 * a sequence {@code [T, B, ...]}.
 */
package org.snn4j.neurons.model;
