package org.snn4j.autograd.nn;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import java.util.random.RandomGenerator;

/**
 * The immutable, serialisable configuration of a layer: the architecture without the weights.
 *
 * <p>Implementations are records validated in their constructor. In JSON each spec carries a
 * stable logical type name in the {@code "type"} property, e.g.
 * {@code {"type":"linear","in":784,"out":100,"bias":true}}. Names come from the
 * {@link LayerTypes#REGISTRY} (never Java class names), so other modules add their own layers
 * with a {@link org.snn4j.autograd.registry.RegistryEntries} service or
 * {@code LayerTypes.REGISTRY.register("scale", ScaleSpec.class)}. The {@code "type"} property stays
 * visible to deserializers (records ignore it), so one spec class can serve several type names
 * (registry aliases) and read which one a file used.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true)
@JsonIgnoreProperties(value = "type", allowGetters = true)
@JsonTypeIdResolver(LayerTypeIdResolver.class)
public interface LayerSpec {

    /**
     * Creates a freshly initialised module. All randomness (weight initialisation, the initial
     * dropout stream) is drawn from {@code rng}: the same seed gives identical weights.
     */
    Module build(RandomGenerator rng);

    /**
     * The logical type name this spec is written under: its class's registry name, unless the
     * spec names itself (a neuron layer is written under its neuron model's name).
     */
    default String typeName() {
        return LayerTypes.REGISTRY.nameOf(getClass());
    }

    /**
     * The number of parameter and buffer elements {@link #build} allocates (saturating at
     * {@code Long.MAX_VALUE}), or -1 if this spec does not say. Checkpoint loading checks it against
     * a size cap and the weights file <em>before</em> building, so a {@code model.json} that
     * declares a huge layer is an error, not an out-of-memory crash. Layers with parameters should
     * override it.
     */
    default long allocatedElements() {
        return -1;
    }
}
