package org.snn4j.neurons.layers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.autograd.registry.RegistryEntries;
import org.snn4j.neurons.model.Neurons;

/**
 * The JSON type names of the spiking layers, contributed to the {@link LayerTypes#REGISTRY}
 * through {@code META-INF/services}. A neuron layer's type is its model's registry name: every name
 * and alias of {@link Neurons#REGISTRY} is a layer type alias of {@value #NEURON}, read and written
 * by {@link NeuronLayerSpec}'s JSON form, so a new neuron model needs no line here.
 */
public final class SpikingLayerTypes implements RegistryEntries<Class<?>> {
    /** The canonical layer type of {@link NeuronLayerSpec}; files name the model instead. */
    public static final String NEURON = "neuron";

    @Override
    public String registry() {
        return LayerTypes.KIND;
    }

    @Override
    public Map<String, Class<?>> entries() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put(NEURON, NeuronLayerSpec.class);
        m.put("time-distributed", TimeDistributedSpec.class);
        m.put("shared-dropout", SharedDropoutSpec.class);
        m.put("tdbn", TdBatchNormSpec.class);
        m.put("bntt", BnttSpec.class);
        m.put("recurrent-lif", RecurrentLifSpec.class);
        return m;
    }

    @Override
    public Map<String, String> aliases() {
        Map<String, String> m = new LinkedHashMap<>();
        Neurons.names().forEach(n -> m.put(n, NEURON));
        Neurons.REGISTRY.aliases().keySet().forEach(n -> m.put(n, NEURON));
        return m;
    }
}
