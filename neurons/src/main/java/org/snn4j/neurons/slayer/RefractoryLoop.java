package org.snn4j.neurons.slayer;

import org.snn4j.neurons.surrogate.Surrogate;

/**
 * SLAYER's spike generation on one block {@code [T, w]}: the sequential loop over time
 * (Shrestha &amp; Orchard, NeurIPS 2018: the SRM membrane with refractory response and the
 * threshold spike function).
 *
 * <pre>
 * for t = 0 … T−1, for each neuron:
 *     s[t] = 1 if u[t] ≥ θ else 0
 *     if s[t] = 1:  u[t + j] += ν[j]   for j = 1 … L−1, t + j &lt; T      (refractory response)
 * d[t] = σ'(u[t] − θ) = Ts·ρ(u[t])                                      (u[t] is final here)
 * </pre>
 * This is slayerPytorch's {@code getSpikes} kernel: the refractory kernel is added to the
 * membrane in place, and the density is evaluated on that membrane (including the refractory
 * responses of earlier spikes). ν[0] = 0 for every SRM-α kernel, so the sample at the spike itself
 * is skipped. The density is not differentiated through the refractory feedback (SLAYER's
 * approximation); σ' is {@link SrmParameters#surrogate()}, the same ρ the reference path's spike
 * op uses.
 */
final class RefractoryLoop {
    private RefractoryLoop() {
    }

    /**
     * @param u         membrane {@code [T, w]}, refractory responses are added in place
     * @param s         spikes out (0/1)
     * @param d         {@code Ts·ρ(u)} out, or {@code null} when no gradient is needed
     * @param theta     the threshold θ
     * @param nu        the refractory taps ν
     * @param surrogate σ' of {@code u − θ}, i.e. {@code Ts·ρ}
     */
    static void fire(double[] u, double[] s, double[] d, int steps, int width, double theta, double[] nu,
                     Surrogate surrogate) {
        for (int t = 0; t < steps; t++) {
            int row = t * width;
            int reach = Math.min(nu.length, steps - t);
            for (int c = 0; c < width; c++) {
                if (u[row + c] >= theta) {
                    s[row + c] = 1.0;
                    for (int j = 1; j < reach; j++) {
                        u[row + j * width + c] += nu[j];
                    }
                } else {
                    s[row + c] = 0.0;
                }
            }
        }
        if (d != null) {
            SpikeDensity.evaluate(u, d, steps * width, theta, surrogate);
        }
    }
}
