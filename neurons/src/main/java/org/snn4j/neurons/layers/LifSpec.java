package org.snn4j.neurons.layers;

import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.LifParameters;

/**
 * A layer of iterative (STBP, Wu et al. 2018) leaky integrate-and-fire neurons
 * ({@link org.snn4j.neurons.model.Lif}): {@code h[t] = β·v[t−1] + x[t]} with
 * {@code β = exp(−dt/τ)}, {@code s[t] = H(h[t] − θ)}, then the reset. JSON type {@code "lif"}.
 *
 * @param tauMs    membrane time constant τ in ms, &gt; 0
 * @param dtMs     simulation step in ms, &gt; 0
 * @param firing   threshold, reset and surrogate
 * @param channels 1, or C for per-channel learnable thresholds over {@code [T, B, C, ...]}
 * @param path     fused (default) or reference execution
 * @param readout  spikes, or the pre-reset membrane
 */
public record LifSpec(double tauMs, double dtMs, FiringSpec firing, int channels, ExecutionPath path,
                      Readout readout) implements NeuronSpec {

    public LifSpec {
        NeuronSpec.checkLayerSettings("LifSpec", firing, channels, path, readout);
        double tau = tauMs;
        double dt = dtMs;
        NeuronSpec.validated("LifSpec", () -> new LifParameters(tau, dt, firing.toFiring()));
    }

    /** τ = 10 ms, dt = 1 ms (β ≈ 0.905), default firing, fused, spikes. */
    public LifSpec() {
        this(10.0, 1.0);
    }

    /** The given τ and dt with default firing, one value per layer, fused, spikes. */
    public LifSpec(double tauMs, double dtMs) {
        this(tauMs, dtMs, FiringSpec.defaults(), 1, ExecutionPath.FUSED, Readout.SPIKES);
    }

    @Override
    public LifParameters toParameters() {
        return new LifParameters(tauMs, dtMs, firing.toFiring());
    }

    @Override
    public LifSpec with(FiringSpec f, int c, ExecutionPath p, Readout r) {
        return new LifSpec(tauMs, dtMs, f, c, p, r);
    }
}
