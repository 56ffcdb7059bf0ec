package org.snn4j.neurons.layers;

import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.AlifParameters;
import org.snn4j.neurons.model.ExecutionPath;

/**
 * A layer of adaptive-threshold LIF neurons (Bellec et al. 2018; {@link org.snn4j.neurons.model.Alif}):
 * {@code h[t] = β·v[t−1] + x[t]}, {@code s[t] = H(h[t] − θ − q[t−1])},
 * {@code q[t] = ρ·q[t−1] + j·s[t]}. JSON type {@code "alif"}.
 *
 * @param tauMs           membrane time constant in ms, &gt; 0
 * @param adaptationTauMs threshold-adaptation time constant in ms, &gt; 0
 * @param adaptationJump  threshold increase per spike j (membrane units), ≥ 0
 * @param dtMs            simulation step in ms, &gt; 0
 * @param firing          base threshold θ, reset and surrogate
 * @param channels        1, or C for per-channel learnable thresholds over {@code [T, B, C, ...]}
 * @param path            fused (default) or reference execution
 * @param readout         spikes, or the pre-reset membrane
 */
public record AlifSpec(double tauMs, double adaptationTauMs, double adaptationJump, double dtMs, FiringSpec firing,
                       int channels, ExecutionPath path, Readout readout) implements NeuronSpec {

    public AlifSpec {
        NeuronSpec.checkLayerSettings("AlifSpec", firing, channels, path, readout);
        double tau = tauMs;
        double tauA = adaptationTauMs;
        double jump = adaptationJump;
        double dt = dtMs;
        NeuronSpec.validated("AlifSpec", () -> new AlifParameters(tau, tauA, jump, dt, firing.toFiring()));
    }

    /** τ = 20 ms, τ_a = 200 ms, j = 0.2, dt = 1 ms, default firing, fused, spikes. */
    public AlifSpec() {
        this(20.0, 200.0, 0.2, 1.0, FiringSpec.defaults(), 1, ExecutionPath.FUSED, Readout.SPIKES);
    }

    @Override
    public AlifParameters toParameters() {
        return new AlifParameters(tauMs, adaptationTauMs, adaptationJump, dtMs, firing.toFiring());
    }

    @Override
    public AlifSpec with(FiringSpec f, int c, ExecutionPath p, Readout r) {
        return new AlifSpec(tauMs, adaptationTauMs, adaptationJump, dtMs, f, c, p, r);
    }
}
