package org.snn4j.examples.presets;

import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.layers.ChargeLifSpec;
import org.snn4j.neurons.layers.FiringSpec;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.ResetMode;

/** The neuron the direct-training presets share. */
final class SnnNeurons {
    private SnnNeurons() {
    }

    /**
     * SpikingJelly's default LIF: charge form with decay_input, τ = {@code tauMs}, dt = 1 ms,
     * θ = 1, hard reset to 0 with the reset detached, atan surrogate (α = 2), fused path.
     */
    static ChargeLifSpec lif(double tauMs) {
        Firing firing = Firing.defaults().withReset(ResetMode.TO_VALUE).withDetachReset(true);
        return new ChargeLifSpec(tauMs, 1.0, true, FiringSpec.of(firing), 1, ExecutionPath.FUSED, Readout.SPIKES);
    }
}
