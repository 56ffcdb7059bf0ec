package org.snn4j.neurons.model;

/**
 * Parameters of the iterative (STBP) leaky integrate-and-fire neuron {@link LifStbp}.
 *
 * @param tauMs  membrane time constant τ in ms, &gt; 0
 * @param dtMs   simulation step dt in ms, &gt; 0; the decay per step is β = exp(−dt/τ)
 * @param firing threshold, reset and surrogate
 */
public record LifStbpParameters(double tauMs, double dtMs, Firing firing) implements NeuronParameters {

    public LifStbpParameters {
        if (!(tauMs > 0) || Double.isInfinite(tauMs)) {
            throw new IllegalArgumentException("lif-stbp: tauMs = " + tauMs + " must be in (0, +inf)");
        }
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw new IllegalArgumentException("lif-stbp: dtMs = " + dtMs + " must be in (0, +inf)");
        }
        if (firing == null) {
            throw new IllegalArgumentException("lif-stbp: firing is required");
        }
    }

    /** τ = 10 ms, dt = 1 ms (β ≈ 0.905), {@link Firing#defaults()}. */
    public static LifStbpParameters defaults() {
        return new LifStbpParameters(10.0, 1.0, Firing.defaults());
    }

    /** The parameters whose per-step decay is {@code beta} ∈ (0, 1) at dt = 1 ms (τ = −1/ln β). */
    public static LifStbpParameters withDecay(double beta, Firing firing) {
        if (!(beta > 0 && beta < 1)) {
            throw new IllegalArgumentException("lif-stbp: beta = " + beta + " must be in (0, 1)");
        }
        return new LifStbpParameters(-1.0 / Math.log(beta), 1.0, firing);
    }

    /** β = exp(−dt/τ). */
    public double beta() {
        return Math.exp(-dtMs / tauMs);
    }

    @Override
    public LifStbpParameters withFiring(Firing f) {
        return new LifStbpParameters(tauMs, dtMs, f);
    }
}
