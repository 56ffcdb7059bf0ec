package org.snn4j.conversion.ttfs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.autograd.registry.RegistryEntries;

/** Contributes the LC-TTFS layer types {@code "relu1"} and {@code "unit-sum-linear"} to the registry. */
public final class TtfsLayerTypes implements RegistryEntries<Class<?>> {

    @Override
    public String registry() {
        return LayerTypes.KIND;
    }

    @Override
    public Map<String, Class<?>> entries() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("relu1", ClippedReLUSpec.class);
        m.put("unit-sum-linear", UnitSumLinearSpec.class);
        return m;
    }
}
