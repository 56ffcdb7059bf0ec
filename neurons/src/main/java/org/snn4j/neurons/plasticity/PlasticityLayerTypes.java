package org.snn4j.neurons.plasticity;

import java.util.Map;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.autograd.registry.RegistryEntries;

/** Contributes the {@code "plastic"} layer type ({@link PlasticLayerSpec}) to {@link LayerTypes#REGISTRY}. */
public final class PlasticityLayerTypes implements RegistryEntries<Class<?>> {

    @Override
    public String registry() {
        return LayerTypes.KIND;
    }

    @Override
    public Map<String, Class<?>> entries() {
        return Map.of("plastic", PlasticLayerSpec.class);
    }
}
