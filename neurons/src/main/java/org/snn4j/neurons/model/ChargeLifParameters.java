package org.snn4j.neurons.model;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Parameters of SpikingJelly's charge-form leaky integrate-and-fire neuron {@link ChargeLif}.
 *
 * @param tauMs      membrane time constant τ in ms, ≥ dtMs
 * @param dtMs       simulation step in ms, &gt; 0; the Euler factor per step is k = dt/τ ∈ (0, 1]
 * @param decayInput whether the input is also scaled by k (SpikingJelly's {@code decay_input})
 * @param firing     threshold, reset and surrogate
 */
public record ChargeLifParameters(double tauMs, double dtMs, boolean decayInput, Firing firing)
        implements NeuronParameters {
    public static final String NAME = "lif-charge";

    public ChargeLifParameters {
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw new IllegalArgumentException(NAME + ": dtMs = " + dtMs + " must be in (0, +inf)");
        }
        if (!(tauMs >= dtMs) || Double.isInfinite(tauMs)) {
            throw new IllegalArgumentException(NAME + ": tauMs = " + tauMs + " must be in [dtMs = " + dtMs + ", +inf)");
        }
        if (firing == null) {
            throw new IllegalArgumentException(NAME + ": firing is required");
        }
    }

    /** SpikingJelly's defaults: τ = 2 ms at dt = 1 ms, decay_input on, {@link Firing#defaults()}. */
    public static ChargeLifParameters defaults() {
        return new ChargeLifParameters(2.0, 1.0, true, Firing.defaults());
    }

    /** k = dt/τ. */
    public double factor() {
        return dtMs / tauMs;
    }

    @Override
    public String modelName() {
        return NAME;
    }

    @Override
    public ChargeLifParameters withFiring(Firing f) {
        return new ChargeLifParameters(tauMs, dtMs, decayInput, f);
    }

    @Override
    public ChargeLif build(int channels, DataType type) {
        return new ChargeLif(this, channels, type);
    }
}
