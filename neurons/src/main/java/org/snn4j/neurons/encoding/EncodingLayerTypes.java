package org.snn4j.neurons.encoding;

import java.util.Map;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LayerTypeProvider;

/** Contributes {@code "learnable-encoder"} to the layer registry (through {@code META-INF/services}). */
public final class EncodingLayerTypes implements LayerTypeProvider {

    @Override
    public Map<String, Class<? extends LayerSpec>> layerTypes() {
        return Map.of("learnable-encoder", LearnableEncoderSpec.class);
    }
}
