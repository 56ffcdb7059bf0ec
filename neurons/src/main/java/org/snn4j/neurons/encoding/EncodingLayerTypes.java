package org.snn4j.neurons.encoding;

import java.util.Map;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.autograd.registry.RegistryEntries;

/** Contributes {@code "learnable-encoder"} to the layer registry (through {@code META-INF/services}). */
public final class EncodingLayerTypes implements RegistryEntries<Class<?>> {

    @Override
    public String registry() {
        return LayerTypes.KIND;
    }

    @Override
    public Map<String, Class<?>> entries() {
        return Map.of("learnable-encoder", LearnableEncoderSpec.class);
    }
}
