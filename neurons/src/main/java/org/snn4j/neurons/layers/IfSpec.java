package org.snn4j.neurons.layers;

import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.IfParameters;

/**
 * A layer of integrate-and-fire neurons ({@link org.snn4j.neurons.model.IfNeuron}):
 * {@code h[t] = v[t−1] + x[t]}, {@code s[t] = H(h[t] − θ)}, then the reset. JSON type {@code "if"}.
 *
 * @param firing   threshold, reset and surrogate
 * @param channels 1, or C for per-channel learnable thresholds over {@code [T, B, C, ...]}
 * @param path     fused (default) or reference execution
 * @param readout  spikes, or the pre-reset membrane
 */
public record IfSpec(FiringSpec firing, int channels, ExecutionPath path, Readout readout) implements NeuronSpec {

    public IfSpec {
        NeuronSpec.checkLayerSettings("IfSpec", firing, channels, path, readout);
    }

    /** Default firing, one value per layer, fused, spikes. */
    public IfSpec() {
        this(FiringSpec.defaults(), 1, ExecutionPath.FUSED, Readout.SPIKES);
    }

    @Override
    public IfParameters toParameters() {
        return new IfParameters(firing.toFiring());
    }

    @Override
    public IfSpec with(FiringSpec f, int c, ExecutionPath p, Readout r) {
        return new IfSpec(f, c, p, r);
    }
}
