package org.snn4j.neurons.layers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.autograd.registry.RegistryEntries;
import org.snn4j.neurons.model.AlifParameters;
import org.snn4j.neurons.model.ChargeLifParameters;
import org.snn4j.neurons.model.IfParameters;
import org.snn4j.neurons.model.LifParameters;
import org.snn4j.neurons.model.PlifParameters;

/**
 * The JSON type names of the spiking layers, contributed to the
 * {@link LayerTypes#REGISTRY} through {@code META-INF/services}. Neuron layers use
 * their model's registry name.
 */
public final class SpikingLayerTypes implements RegistryEntries<Class<?>> {

    @Override
    public String registry() {
        return LayerTypes.KIND;
    }

    @Override
    public Map<String, Class<?>> entries() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put(IfParameters.NAME, IfSpec.class);
        m.put(LifParameters.NAME, LifSpec.class);
        m.put(ChargeLifParameters.NAME, ChargeLifSpec.class);
        m.put(PlifParameters.NAME, PlifSpec.class);
        m.put(AlifParameters.NAME, AlifSpec.class);
        m.put("time-distributed", TimeDistributedSpec.class);
        m.put("shared-dropout", SharedDropoutSpec.class);
        m.put("tdbn", TdBatchNormSpec.class);
        m.put("bntt", BnttSpec.class);
        m.put("recurrent-lif", RecurrentLifSpec.class);
        return m;
    }
}
