package org.snn4j.experiment.config;

import java.util.List;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.SequentialSpec;

/**
 * The model section: the layers in {@code model.json}'s vocabulary, every field written out.
 *
 * @param layers the layers in application order
 */
public record ModelConfig(List<LayerSpec> layers) {
    public ModelConfig {
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("layers must list at least one layer");
        }
        layers = List.copyOf(layers);
    }

    /** The layers as one sequential spec. */
    public SequentialSpec spec() {
        return new SequentialSpec(layers);
    }
}
