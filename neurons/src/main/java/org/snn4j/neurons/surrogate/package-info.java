/**
 * Surrogate gradients for the spike nonlinearity.
 *
 * <p>A {@link org.snn4j.neurons.surrogate.Surrogate} is a small immutable value object: a
 * registry name, named hyperparameters, a smooth step {@code primitive(x)} and its derivative
 * {@code derivative(x)}, both in {@code x = u − θ}. {@link org.snn4j.neurons.surrogate.Surrogates}
 * is the registry; {@link org.snn4j.neurons.surrogate.Spike} is the autograd primitive
 * ({@code H(x)} forward, {@code g·σ'(x)} backward) the neuron models' reference path uses.
 */
package org.snn4j.neurons.surrogate;
