package org.snn4j.neurons.slayer;

/**
 * SLAYER's spike generation on one block {@code [T, w]}: the sequential loop over time.
 *
 * <pre>
 * for t = 0 … T−1, for each neuron:
 *     s[t] = 1 if u[t] ≥ θ else 0
 *     if s[t] = 1:  u[t + j] += ν[j]   for j = 1 … L−1, t + j &lt; T      (refractory response)
 *     d[t] = Ts·ρ(u[t])                                                 (u[t] is final here)
 * </pre>
 * This is slayerPytorch's {@code getSpikes} kernel: the refractory kernel is added to the
 * membrane in place, and the density is evaluated on that membrane (including the refractory
 * responses of earlier spikes). ν[0] = 0 for every kernel of {@link SrmKernels}, so the sample
 * at the spike itself is skipped. The density is not differentiated through the refractory
 * feedback (SLAYER's approximation).
 */
final class RefractoryLoop {
    private RefractoryLoop() {
    }

    /**
     * @param u     membrane {@code [T, w]}, refractory responses are added in place
     * @param s     spikes out (0/1)
     * @param d     {@code Ts·ρ(u)} out, or {@code null} when no gradient is needed
     */
    static void fire(double[] u, double[] s, double[] d, int steps, int width, SrmParameters p, double[] nu) {
        double theta = p.theta();
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
            density(u, d, steps * width, p);
        }
    }

    /** {@code d[i] = Ts·ρ(u[i])} for the first {@code n} entries. */
    static void density(double[] u, double[] d, int n, SrmParameters p) {
        double theta = p.theta();
        double scale = p.tsMs() * p.rhoPeak();
        double inverseWidth = 1.0 / p.rhoWidth();
        for (int i = 0; i < n; i++) {
            d[i] = scale * Math.exp(-Math.abs(u[i] - theta) * inverseWidth);
        }
    }
}
