/**
 * SLAYER: spike-response-model (SRM) neurons trained with the probabilistic spike gradient
 * (Shrestha &amp; Orchard, "SLAYER: Spike Layer Error Reassignment in Time", NeurIPS 2018).
 *
 * <p>The membrane of neuron {@code i} is {@code u(t) = Σ_j W_ij (ε ∗ s_j)(t) + (ν ∗ s_i)(t)}
 * (the SRM membrane equation); it spikes when {@code u ≥ θ}. One parameter record, {@link
 * org.snn4j.neurons.slayer.SrmParameters}, gives θ, the SRM-α kernels ε and ν
 * ({@link org.snn4j.autograd.temporal.SrmAlphaKernel}) and the spike-escape density ρ(t) = α·exp(−β|u(t) − θ|) as the
 * surrogate {@link org.snn4j.neurons.surrogate.SlayerPdf}. Tensors are time-major {@code [T, B, ...]}.
 * A layer runs its stateless synapse once over all T (on the merged {@code [T·B, ...]} view;
 * {@link org.snn4j.autograd.ops.LinearAlgebra#matmulTransposed}, whose event path skips the zeros
 * of spike inputs), then the neuron.
 *
 * <p>{@link org.snn4j.neurons.slayer.SrmNeuron} is the neuron as a pure neuron model, registered
 * as {@code "srm"} in {@link org.snn4j.neurons.model.Neurons} (so a {@code NeuronLayerSpec} of
 * type {@code "srm"} is an SRM layer and the registry-wide tests cover it). Its two execution
 * paths: the reference path unrolls its step on the tape (the common spike op
 * {@link org.snn4j.neurons.surrogate.Spike} with ρ as its derivative; the definition);
 * {@link org.snn4j.neurons.slayer.FusedSrm} is one graph node whose loops are plain Java over
 * blocks of neurons in parallel (a {@link org.snn4j.autograd.temporal.BlockFilter}, then the
 * refractory loop; the density ρ kept for backward is evaluated on the JDK vector API when the JVM
 * allows it, {@code SpikeDensity}). Tests assert equal spikes and gradients.
 *
 * <p>The temporal filtering and the axonal delay ({@link org.snn4j.autograd.temporal.DelayShift})
 * live in {@link org.snn4j.autograd.temporal}; layers (dense, conv, pool, delay) in
 * {@link org.snn4j.neurons.slayer.layer}.
 */
package org.snn4j.neurons.slayer;
