package org.snn4j.neurons.slayer.layer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.autograd.registry.RegistryEntries;
import org.snn4j.neurons.slayer.SrmNeuronSpec;

/**
 * The logical JSON type names of the SLAYER layers. Listed as a {@link RegistryEntries} service
 * (or call {@link #register()} once) so that {@code model.json} files naming them load.
 */
public final class SlayerLayerTypes implements RegistryEntries<Class<?>> {

    @Override
    public String registry() {
        return LayerTypes.KIND;
    }

    @Override
    public Map<String, Class<?>> entries() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("slayer-srm", SrmNeuronSpec.class);
        m.put("slayer-dense", SlayerDenseSpec.class);
        m.put("slayer-conv", SlayerConvSpec.class);
        m.put("slayer-pool", SlayerPoolSpec.class);
        m.put("slayer-flatten", SlayerFlattenSpec.class);
        m.put("slayer-dropout", SlayerDropoutSpec.class);
        m.put("slayer-delay", SlayerDelaySpec.class);
        return m;
    }

    /** Binds every name in {@link LayerTypes#REGISTRY}; repeated calls are no-ops. */
    public static void register() {
        new SlayerLayerTypes().entries().forEach(LayerTypes.REGISTRY::register);
    }
}
