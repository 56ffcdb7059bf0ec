package org.snn4j.neurons.slayer.layer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.autograd.registry.RegistryEntries;

/**
 * The logical JSON type names of the SLAYER layers. Listed as a {@link RegistryEntries} service
 * (or call {@link #register()} once) so that {@code model.json} files naming them load.
 *
 * <p>Dropout and flatten are the common layers: {@code "slayer-dropout"} is an alias of
 * {@code "shared-dropout"} (the same one-mask-per-sequence dropout over {@code [T, B, ...]}), and
 * {@code "slayer-flatten"} reads as {@code Flatten(startDim = 2)} ({@link SlayerFlattenSpec}). The
 * SRM neuron alone is the neuron layer of model {@code "srm"}; {@code "slayer-srm"} files read as
 * that ({@link SlayerSrmSpec}).
 */
public final class SlayerLayerTypes implements RegistryEntries<Class<?>> {

    @Override
    public String registry() {
        return LayerTypes.KIND;
    }

    @Override
    public Map<String, Class<?>> entries() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("slayer-srm", SlayerSrmSpec.class);
        m.put("slayer-dense", SlayerDenseSpec.class);
        m.put("slayer-conv", SlayerConvSpec.class);
        m.put("slayer-pool", SlayerPoolSpec.class);
        m.put("slayer-delay", SlayerDelaySpec.class);
        m.put("slayer-flatten", SlayerFlattenSpec.class);
        return m;
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("slayer-dropout", "shared-dropout");
    }

    /** Binds every name and alias in {@link LayerTypes#REGISTRY}; repeated calls are no-ops. */
    public static void register() {
        LayerTypes.REGISTRY.registerAll(List.of(new SlayerLayerTypes()));
    }
}
