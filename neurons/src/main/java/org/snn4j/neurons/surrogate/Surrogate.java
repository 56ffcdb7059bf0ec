package org.snn4j.neurons.surrogate;

import java.util.Map;

/**
 * A surrogate gradient for the Heaviside spike function.
 *
 * <p>The forward pass of a spiking neuron is the step {@code H(x)} with {@code x = u − θ}
 * (membrane potential minus threshold, in the units of the membrane). Its true derivative is a
 * Dirac impulse, so training replaces it, in the backward pass only, by a smooth bump
 * {@code σ'(x)}: the surrogate {@link #derivative(double)}. The {@link #primitive(double)}
 * {@code σ(x)} is the smooth step that derivative belongs to, rising from {@code 0} at
 * {@code x → −∞} to {@link #totalMass()} at {@code x → +∞} (1 for every surrogate that is a
 * probability density). The contract, tested for every registry entry: {@code derivative}
 * equals the central difference of {@code primitive}, and {@code primitive} is non-decreasing.
 *
 * <p>Implementations are immutable value objects (records) with a registry {@link #name()} and
 * named {@link #hyperparameters()} that {@link Surrogates#byName(String, Map)} accepts back.
 */
public interface Surrogate {

    /** The registry name, e.g. {@code "atan"}. */
    String name();

    /** The hyperparameters by name, in a stable order; {@code Surrogates.byName} accepts them. */
    Map<String, Double> hyperparameters();

    /** The smooth step σ(x) whose derivative is {@link #derivative(double)}; σ(−∞) = 0. */
    double primitive(double x);

    /** The surrogate derivative σ'(x) used in place of the Dirac impulse dH/dx. */
    double derivative(double x);

    /**
     * The largest value of {@link #derivative}: {@code σ'(0)} for every built-in surrogate (each is a
     * bump symmetric about the threshold, largest there; a test checks this for every registry
     * entry). A surrogate that peaks elsewhere must override this. The fused neurons' compact BPTT
     * state codes σ' in 16 bits relative to it ({@code neurons.fused.SigmaCode}); a σ' more than
     * 0.8 % above it comes back as NaN there, not as a wrong number.
     */
    default double peak() {
        return derivative(0.0);
    }

    /** σ(+∞) − σ(−∞) = ∫ σ'(x) dx; 1 for the normalised surrogates. */
    default double totalMass() {
        return 1.0;
    }

    /**
     * Replaces {@code x[i]} by {@code derivative(x[i])} for {@code from ≤ i < to}. Fused kernels
     * call this once per block of neurons instead of once per element. The float64 path serves
     * gradient checks, so one shared loop is enough here; the float32 form below is the hot one,
     * and each surrogate overrides it with its own loop so that the JIT inlines and vectorises it.
     */
    default void derivativeInPlace(double[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            x[i] = derivative(x[i]);
        }
    }

    /** The float32 form of {@link #derivativeInPlace(double[], int, int)} (computed in double, rounded). */
    default void derivativeInPlace(float[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            x[i] = (float) derivative(x[i]);
        }
    }
}
