package org.snn4j.conversion.ttfs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LayerTypeProvider;

/** Contributes the LC-TTFS layer types {@code "relu1"} and {@code "unit-sum-linear"} to the registry. */
public final class TtfsLayerTypes implements LayerTypeProvider {

    @Override
    public Map<String, Class<? extends LayerSpec>> layerTypes() {
        Map<String, Class<? extends LayerSpec>> m = new LinkedHashMap<>();
        m.put("relu1", ClippedReLUSpec.class);
        m.put("unit-sum-linear", UnitSumLinearSpec.class);
        return m;
    }
}
