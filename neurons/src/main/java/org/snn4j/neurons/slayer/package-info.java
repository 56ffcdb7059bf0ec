/**
 * SLAYER: spike-response-model (SRM) neurons trained with the probabilistic spike gradient
 * (Shrestha &amp; Orchard, "SLAYER: Spike Layer Error Reassignment in Time", NeurIPS 2018).
 *
 * <p>The membrane of neuron {@code i} is {@code u(t) = Σ_j W_ij (ε ∗ s_j)(t) + (ν ∗ s_i)(t)}; it
 * spikes when {@code u ≥ θ} ({@link org.snn4j.neurons.slayer.SrmParameters},
 * {@link org.snn4j.neurons.slayer.SrmKernels}). Tensors are time-major {@code [T, B, ...]}. A layer
 * runs its stateless synapse once over all T (on the merged {@code [T·B, ...]} view;
 * {@link org.snn4j.neurons.slayer.SpikeSynapse} skips the zeros of spike inputs), then the causal
 * temporal filter with the ε kernel ({@link org.snn4j.neurons.slayer.TemporalFilter}: direct, FFT
 * or, for α kernels, an exact recursion; see {@link org.snn4j.neurons.slayer.FilterMethod}), then
 * the sequential spike/refractory loop ({@link org.snn4j.neurons.slayer.SpikeFunction}). Backward
 * is the correlation with the same kernel and the spike-escape density ρ(u) of
 * {@link org.snn4j.neurons.slayer.PdfVariant}. Axonal delays are
 * {@link org.snn4j.neurons.slayer.DelayShift}.
 *
 * <p>Two execution paths compute the same thing: {@link org.snn4j.neurons.slayer.ReferenceSrm}
 * unrolls the neuron on the tape from primitives (the definition), and
 * {@link org.snn4j.neurons.slayer.FusedSrm} is one graph node whose loops are plain Java over
 * blocks of neurons in parallel. A test asserts equal spikes and gradients.
 *
 * <p>Layers (dense, conv, pool, flatten, dropout, delay) live in
 * {@link org.snn4j.neurons.slayer.layer}.
 */
package org.snn4j.neurons.slayer;
