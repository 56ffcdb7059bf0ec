package org.snn4j.neurons.model;

/**
 * Parameters of the leaky integrate-and-fire neuron {@link Lif} (SpikingJelly's charge form).
 *
 * @param tauMs      membrane time constant τ in ms, ≥ dtMs
 * @param dtMs       simulation step in ms, &gt; 0; the Euler factor per step is k = dt/τ ∈ (0, 1]
 * @param decayInput whether the input is also scaled by k (SpikingJelly's {@code decay_input})
 * @param firing     threshold, reset and surrogate
 */
public record LifParameters(double tauMs, double dtMs, boolean decayInput, Firing firing)
        implements NeuronParameters {

    public LifParameters {
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw new IllegalArgumentException("lif: dtMs = " + dtMs + " must be in (0, +inf)");
        }
        if (!(tauMs >= dtMs) || Double.isInfinite(tauMs)) {
            throw new IllegalArgumentException("lif: tauMs = " + tauMs + " must be in [dtMs = " + dtMs + ", +inf)");
        }
        if (firing == null) {
            throw new IllegalArgumentException("lif: firing is required");
        }
    }

    /** SpikingJelly's defaults: τ = 2 ms at dt = 1 ms, decay_input on, {@link Firing#defaults()}. */
    public static LifParameters defaults() {
        return new LifParameters(2.0, 1.0, true, Firing.defaults());
    }

    /** k = dt/τ. */
    public double factor() {
        return dtMs / tauMs;
    }

    @Override
    public LifParameters withFiring(Firing f) {
        return new LifParameters(tauMs, dtMs, decayInput, f);
    }
}
