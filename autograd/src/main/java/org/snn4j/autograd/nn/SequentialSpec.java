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

    /** The sum over the children that say (a child returning -1 counts as 0). */
    @Override
    public long allocatedElements() {
        long n = 0;
        for (LayerSpec l : layers) {
            long c = l.allocatedElements();
            n = c <= 0 ? n : (c > Long.MAX_VALUE - n ? Long.MAX_VALUE : n + c);
        }
        return n;
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
