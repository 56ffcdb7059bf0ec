package org.snn4j.neurons.model;

/**
 * Parameters of the adaptive-threshold LIF neuron {@link Alif}.
 *
 * @param tauMs           membrane time constant in ms, &gt; 0 (β = exp(−dt/τ))
 * @param adaptationTauMs threshold-adaptation time constant in ms, &gt; 0 (ρ = exp(−dt/τ_a))
 * @param adaptationJump  threshold increase per spike in membrane units, ≥ 0
 * @param dtMs            simulation step in ms, &gt; 0
 * @param firing          base threshold θ, reset and surrogate
 */
public record AlifParameters(double tauMs, double adaptationTauMs, double adaptationJump, double dtMs, Firing firing)
        implements NeuronParameters {
    public AlifParameters {
        positive("tauMs", tauMs);
        positive("adaptationTauMs", adaptationTauMs);
        positive("dtMs", dtMs);
        if (!(adaptationJump >= 0) || Double.isInfinite(adaptationJump)) {
            throw new IllegalArgumentException("alif: adaptationJump = " + adaptationJump + " must be in [0, +inf)");
        }
        if (firing == null) {
            throw new IllegalArgumentException("alif: firing is required");
        }
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("alif: " + field + " = " + v + " must be in (0, +inf)");
        }
    }

    /** τ = 20 ms, τ_a = 200 ms, jump 0.2, dt = 1 ms, {@link Firing#defaults()}. */
    public static AlifParameters defaults() {
        return new AlifParameters(20.0, 200.0, 0.2, 1.0, Firing.defaults());
    }

    /** Membrane decay per step β = exp(−dt/τ). */
    public double beta() {
        return Math.exp(-dtMs / tauMs);
    }

    /** Adaptation decay per step ρ = exp(−dt/τ_a). */
    public double rho() {
        return Math.exp(-dtMs / adaptationTauMs);
    }

    @Override
    public AlifParameters withFiring(Firing f) {
        return new AlifParameters(tauMs, adaptationTauMs, adaptationJump, dtMs, f);
    }
}
