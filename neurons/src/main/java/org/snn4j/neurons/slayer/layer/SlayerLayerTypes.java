package org.snn4j.neurons.slayer.layer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snn4j.autograd.nn.LayerRegistry;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LayerTypeProvider;
import org.snn4j.neurons.slayer.SrmNeuronSpec;

/**
 * The logical JSON type names of the SLAYER layers. Listed as a {@link LayerTypeProvider} service
 * (or call {@link #register()} once) so that {@code model.json} files naming them load.
 */
public final class SlayerLayerTypes implements LayerTypeProvider {

    @Override
    public Map<String, Class<? extends LayerSpec>> layerTypes() {
        Map<String, Class<? extends LayerSpec>> m = new LinkedHashMap<>();
        m.put("slayer-srm", SrmNeuronSpec.class);
        m.put("slayer-dense", SlayerDenseSpec.class);
        m.put("slayer-conv", SlayerConvSpec.class);
        m.put("slayer-pool", SlayerPoolSpec.class);
        m.put("slayer-flatten", SlayerFlattenSpec.class);
        m.put("slayer-dropout", SlayerDropoutSpec.class);
        m.put("slayer-delay", SlayerDelaySpec.class);
        return m;
    }

    /** Binds every name in {@link LayerRegistry}; repeated calls are no-ops. */
    public static void register() {
        new SlayerLayerTypes().layerTypes().forEach(LayerRegistry::register);
    }
}
