/**
 * The unsupervised MNIST network of Diehl &amp; Cook (2015): Poisson inputs, excitatory LIF neurons
 * with adaptive thresholds trained by online STDP ({@code org.snn4j.neurons.plasticity}), one-to-one
 * excitatory → inhibitory connections with lateral inhibition back, per-neuron weight normalisation,
 * rest between samples, and label assignment with vote classification.
 *
 * <p>{@link org.snn4j.neurons.diehlcook.DiehlCookNetwork} simulates it in plain arrays, either
 * event-driven (only the synapses of spiking neurons) or densely (every synapse every step, the
 * reference); both give identical spikes for the same seed.
 */
package org.snn4j.neurons.diehlcook;
