package org.snn4j.neurons.layers;

import java.util.ArrayList;
import java.util.List;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.SequentialSpec;

/**
 * Builds the spec of a spiking multi-layer perceptron over {@code [T, B, in]}:
 *
 * <pre>
 * Linear(in, h₁) → neuron → [SharedDropout] → Linear(h₁, h₂) → neuron → … → Linear(h_k, out) → neuron
 * </pre>
 * Every Linear runs once over {@code T·B} rows; every neuron layer is a copy of the given spec.
 * The output is the last layer's spikes {@code [T, B, out]} (or its membrane, for a neuron spec
 * with {@code MEMBRANE} readout given as {@code output}).
 *
 * <pre>{@code
 * SequentialSpec mlp = SnnMlp.spec(NeuronLayerSpec.of("lif"), 784, 800, 10);   // 784-800-10
 * }</pre>
 */
public final class SnnMlp {
    private SnnMlp() {
    }

    /** {@code sizes = in, hidden…, out} (at least two), the same neuron after every Linear. */
    public static SequentialSpec spec(NeuronLayerSpec neuron, int... sizes) {
        return spec(neuron, neuron, 0.0, sizes);
    }

    /**
     * @param hidden  the neuron after each hidden Linear
     * @param output  the neuron after the last Linear
     * @param dropout p of a {@link SharedDropout} after each hidden neuron layer (0: none)
     * @param sizes   in, hidden…, out; at least two entries, each ≥ 1
     */
    public static SequentialSpec spec(NeuronLayerSpec hidden, NeuronLayerSpec output, double dropout, int... sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("SnnMlp needs sizes in, [hidden…,] out, got " + sizes.length + " size(s)");
        }
        if (hidden == null || output == null) {
            throw new IllegalArgumentException("SnnMlp needs a hidden and an output neuron spec");
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 1; i < sizes.length; i++) {
            boolean last = i == sizes.length - 1;
            layers.add(new LinearSpec(sizes[i - 1], sizes[i]));
            layers.add(last ? output : hidden);
            if (!last && dropout > 0) {
                layers.add(new SharedDropoutSpec(dropout));
            }
        }
        return new SequentialSpec(layers);
    }
}
