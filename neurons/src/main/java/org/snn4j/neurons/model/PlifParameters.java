package org.snn4j.neurons.model;

/**
 * Parameters of the parametric LIF neuron {@link Plif} (learnable membrane time constant).
 *
 * @param initialTauMs the time constant τ₀ in ms the learnable {@code w} starts from, &gt; dtMs
 * @param dtMs         simulation step in ms, &gt; 0
 * @param decayInput   whether the input is also scaled by k = sigmoid(w)
 * @param firing       threshold, reset and surrogate
 */
public record PlifParameters(double initialTauMs, double dtMs, boolean decayInput, Firing firing)
        implements NeuronParameters {
    public PlifParameters {
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw new IllegalArgumentException("plif: dtMs = " + dtMs + " must be in (0, +inf)");
        }
        if (!(initialTauMs > dtMs) || Double.isInfinite(initialTauMs)) {
            throw new IllegalArgumentException("plif: initialTauMs = " + initialTauMs + " must be in (dtMs = "
                    + dtMs + ", +inf)");
        }
        if (firing == null) {
            throw new IllegalArgumentException("plif: firing is required");
        }
    }

    /** SpikingJelly's defaults: τ₀ = 2 ms at dt = 1 ms (w₀ = 0), decay_input on, {@link Firing#defaults()}. */
    public static PlifParameters defaults() {
        return new PlifParameters(2.0, 1.0, true, Firing.defaults());
    }

    /** w₀ = −ln(τ₀/dt − 1), so that sigmoid(w₀) = dt/τ₀. */
    public double initialW() {
        return -Math.log(initialTauMs / dtMs - 1.0);
    }

    @Override
    public PlifParameters withFiring(Firing f) {
        return new PlifParameters(initialTauMs, dtMs, decayInput, f);
    }
}
