/**
 * Encoders from analog values to time-major spike tensors {@code [T, B, ...]} (float32).
 *
 * <p>Rate codes: {@link org.snn4j.neurons.encoding.PoissonEncoder} (Bernoulli per step with
 * probability rate·dt), {@link org.snn4j.neurons.encoding.PoissonProcessEncoder} (exact Poisson
 * spike times from exponential inter-spike intervals, binned), {@link org.snn4j.neurons.encoding.BernoulliEncoder}
 * (probability = intensity). Temporal code: {@link org.snn4j.neurons.encoding.LatencyEncoder}
 * (time to first spike, linear or logarithmic). Analog: {@link org.snn4j.neurons.encoding.DirectEncoder}
 * (the value repeated at every step) and the trainable {@link org.snn4j.neurons.encoding.LearnableEncoder}
 * (conv + BN + spiking neuron, the trainable encoding layer of Wu et al. 2019, "Direct training
 * for spiking neural networks: faster, larger, better", AAAI).
 *
 * <p>Every random encoder takes the generator as an argument: the same seed gives the same
 * spikes. Draws are made in a documented order so results do not depend on threading.
 */
package org.snn4j.neurons.encoding;
