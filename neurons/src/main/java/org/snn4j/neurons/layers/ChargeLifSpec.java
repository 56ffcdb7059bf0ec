package org.snn4j.neurons.layers;

import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ChargeLifParameters;
import org.snn4j.neurons.model.ExecutionPath;

/**
 * A layer of SpikingJelly's charge-form LIF neurons ({@link org.snn4j.neurons.model.ChargeLif}):
 * {@code h[t] = v[t−1] + k·(x[t] − (v[t−1] − vReset))} with {@code k = dt/τ} (decay_input on) or
 * {@code h[t] = v[t−1] − k·(v[t−1] − vReset) + x[t]} (off). JSON type {@code "lif-charge"}.
 *
 * @param tauMs      membrane time constant τ in ms, ≥ dtMs
 * @param dtMs       simulation step in ms, &gt; 0
 * @param decayInput whether the input is scaled by k as well
 * @param firing     threshold, reset and surrogate
 * @param channels   1, or C for per-channel learnable thresholds over {@code [T, B, C, ...]}
 * @param path       fused (default) or reference execution
 * @param readout    spikes, or the pre-reset membrane
 */
public record ChargeLifSpec(double tauMs, double dtMs, boolean decayInput, FiringSpec firing, int channels,
                            ExecutionPath path, Readout readout) implements NeuronSpec {

    public ChargeLifSpec {
        NeuronSpec.checkLayerSettings("ChargeLifSpec", firing, channels, path, readout);
        double tau = tauMs;
        double dt = dtMs;
        boolean decay = decayInput;
        NeuronSpec.validated("ChargeLifSpec", () -> new ChargeLifParameters(tau, dt, decay, firing.toFiring()));
    }

    /** SpikingJelly's defaults: τ = 2 ms, dt = 1 ms, decay_input on, default firing, fused, spikes. */
    public ChargeLifSpec() {
        this(2.0, 1.0, true, FiringSpec.defaults(), 1, ExecutionPath.FUSED, Readout.SPIKES);
    }

    @Override
    public ChargeLifParameters toParameters() {
        return new ChargeLifParameters(tauMs, dtMs, decayInput, firing.toFiring());
    }

    @Override
    public ChargeLifSpec with(FiringSpec f, int c, ExecutionPath p, Readout r) {
        return new ChargeLifSpec(tauMs, dtMs, decayInput, f, c, p, r);
    }
}
