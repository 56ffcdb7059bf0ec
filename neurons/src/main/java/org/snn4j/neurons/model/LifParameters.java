package org.snn4j.neurons.model;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Parameters of the iterative (STBP) leaky integrate-and-fire neuron {@link Lif}.
 *
 * @param tauMs  membrane time constant τ in ms, &gt; 0
 * @param dtMs   simulation step dt in ms, &gt; 0; the decay per step is β = exp(−dt/τ)
 * @param firing threshold, reset and surrogate
 */
public record LifParameters(double tauMs, double dtMs, Firing firing) implements NeuronParameters {
    public static final String NAME = "lif";

    public LifParameters {
        if (!(tauMs > 0) || Double.isInfinite(tauMs)) {
            throw new IllegalArgumentException(NAME + ": tauMs = " + tauMs + " must be in (0, +inf)");
        }
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw new IllegalArgumentException(NAME + ": dtMs = " + dtMs + " must be in (0, +inf)");
        }
        if (firing == null) {
            throw new IllegalArgumentException(NAME + ": firing is required");
        }
    }

    /** τ = 10 ms, dt = 1 ms (β ≈ 0.905), {@link Firing#defaults()}. */
    public static LifParameters defaults() {
        return new LifParameters(10.0, 1.0, Firing.defaults());
    }

    /** The parameters whose per-step decay is {@code beta} ∈ (0, 1) at dt = 1 ms (τ = −1/ln β). */
    public static LifParameters withDecay(double beta, Firing firing) {
        if (!(beta > 0 && beta < 1)) {
            throw new IllegalArgumentException(NAME + ": beta = " + beta + " must be in (0, 1)");
        }
        return new LifParameters(-1.0 / Math.log(beta), 1.0, firing);
    }

    /** β = exp(−dt/τ). */
    public double beta() {
        return Math.exp(-dtMs / tauMs);
    }

    @Override
    public String modelName() {
        return NAME;
    }

    @Override
    public LifParameters withFiring(Firing f) {
        return new LifParameters(tauMs, dtMs, f);
    }

    @Override
    public Lif build(int channels, DataType type) {
        return new Lif(this, channels, type);
    }
}
