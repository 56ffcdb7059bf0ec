package org.snn4j.neurons.model;

/**
 * Parameters of the current-based LIF with synaptic kernel {@link CurrentLif}; the reset
 * potential is {@link Firing#vReset()}, separate from the rest potential here.
 *
 * @param tauMs         membrane time constant τ in ms, &gt; 0 (β = exp(−dt/τ))
 * @param synapseTauMs  synaptic kernel time constant τ_s in ms, &gt; 0 (α = exp(−dt/τ_s))
 * @param restPotential u_rest, the potential the membrane leaks towards and starts at (membrane units)
 * @param dtMs          simulation step in ms, &gt; 0
 * @param firing        threshold, reset (to u_reset = vReset) and surrogate
 */
public record CurrentLifParameters(double tauMs, double synapseTauMs, double restPotential, double dtMs,
                                   Firing firing) implements NeuronParameters {

    public CurrentLifParameters {
        positive("tauMs", tauMs);
        positive("synapseTauMs", synapseTauMs);
        positive("dtMs", dtMs);
        if (!Double.isFinite(restPotential)) {
            throw new IllegalArgumentException("lif-current: restPotential = " + restPotential + " must be finite");
        }
        if (firing == null) {
            throw new IllegalArgumentException("lif-current: firing is required");
        }
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("lif-current: " + field + " = " + v + " must be in (0, +inf)");
        }
    }

    /** τ = 10 ms, τ_s = 5 ms, u_rest = 0, dt = 1 ms, {@link Firing#defaults()} (u_reset = 0). */
    public static CurrentLifParameters defaults() {
        return new CurrentLifParameters(10.0, 5.0, 0.0, 1.0, Firing.defaults());
    }

    /** Membrane decay per step β = exp(−dt/τ). */
    public double beta() {
        return Math.exp(-dtMs / tauMs);
    }

    /** Synaptic decay per step α = exp(−dt/τ_s). */
    public double alpha() {
        return Math.exp(-dtMs / synapseTauMs);
    }

    @Override
    public CurrentLifParameters withFiring(Firing f) {
        return new CurrentLifParameters(tauMs, synapseTauMs, restPotential, dtMs, f);
    }
}
