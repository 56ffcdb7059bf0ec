package org.snn4j.neurons.layers;

import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.PlifParameters;

/**
 * A layer of parametric LIF neurons (Fang et al. 2021; {@link org.snn4j.neurons.model.Plif}) whose
 * factor {@code k = dt/τ = sigmoid(w)} is learned, one {@code w} per layer ({@code channels = 1})
 * or per channel. The layer's parameter {@code w} starts at {@code −ln(τ₀/dt − 1)}. JSON type
 * {@code "plif"}.
 *
 * @param initialTauMs τ₀ in ms, &gt; dtMs
 * @param dtMs         simulation step in ms, &gt; 0
 * @param decayInput   whether the input is scaled by k as well
 * @param firing       threshold, reset and surrogate
 * @param channels     1 (one τ per layer) or C (one per channel of {@code [T, B, C, ...]})
 * @param path         fused (default) or reference execution
 * @param readout      spikes, or the pre-reset membrane
 */
public record PlifSpec(double initialTauMs, double dtMs, boolean decayInput, FiringSpec firing, int channels,
                       ExecutionPath path, Readout readout) implements NeuronSpec {

    public PlifSpec {
        NeuronSpec.checkLayerSettings("PlifSpec", firing, channels, path, readout);
        double tau = initialTauMs;
        double dt = dtMs;
        boolean decay = decayInput;
        NeuronSpec.validated("PlifSpec", () -> new PlifParameters(tau, dt, decay, firing.toFiring()));
    }

    /** SpikingJelly's defaults: τ₀ = 2 ms, dt = 1 ms, decay_input on, default firing, fused, spikes. */
    public PlifSpec() {
        this(2.0, 1.0, true, FiringSpec.defaults(), 1, ExecutionPath.FUSED, Readout.SPIKES);
    }

    @Override
    public PlifParameters toParameters() {
        return new PlifParameters(initialTauMs, dtMs, decayInput, firing.toFiring());
    }

    @Override
    public PlifSpec with(FiringSpec f, int c, ExecutionPath p, Readout r) {
        return new PlifSpec(initialTauMs, dtMs, decayInput, f, c, p, r);
    }
}
