package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.LifParameters;
import org.snn4j.neurons.model.ResetMode;

/** The neuron the direct-training presets share. */
final class SnnNeurons {
    private SnnNeurons() {
    }

    /**
     * SpikingJelly's default LIF: charge form with decay_input, τ = {@code tauMs}, dt = 1 ms,
     * θ = 1, hard reset to 0 with the reset detached, atan surrogate (α = 2), fused path.
     */
    static NeuronLayerSpec lif(double tauMs) {
        Firing firing = Firing.defaults().withReset(ResetMode.TO_VALUE).withDetachReset(true);
        return new NeuronLayerSpec(new LifParameters(tauMs, 1.0, true, firing));
    }
}
