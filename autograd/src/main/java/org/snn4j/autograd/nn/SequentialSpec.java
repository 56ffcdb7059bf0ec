package org.snn4j.autograd.nn;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Configuration of {@link Sequential}: the layer specs in application order. JSON type
 * {@code "sequential"}, e.g. {@code {"type":"sequential","layers":[{"type":"linear",...}, ...]}}.
 *
 * @param layers the layers, non-null entries (may be empty: the identity)
 */
public record SequentialSpec(List<LayerSpec> layers) implements LayerSpec {

    public SequentialSpec {
        if (layers == null) {
            throw new IllegalArgumentException("SequentialSpec.layers must not be null");
        }
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) == null) {
                throw new IllegalArgumentException("SequentialSpec.layers[" + i + "] is null");
            }
        }
        layers = List.copyOf(layers);
    }

    public SequentialSpec(LayerSpec... layers) {
        this(List.of(layers));
    }

    /** Builds the children in order, all drawing from {@code rng}. */
    @Override
    public Sequential build(RandomGenerator rng) {
        Module[] children = new Module[layers.size()];
        for (int i = 0; i < children.length; i++) {
            children[i] = layers.get(i).build(rng);
        }
        return new Sequential(children);
    }
}
