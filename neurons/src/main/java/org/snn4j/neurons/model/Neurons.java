package org.snn4j.neurons.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The neuron-model registry: each model's default {@link NeuronParameters} by registry name.
 * Adding a model is one model file, one parameters record and one line here.
 *
 * <pre>{@code
 * NeuronModel<?> lif = Neurons.create("lif", Firing.defaults().withReset(ResetMode.SUBTRACT), 1, DataType.FLOAT);
 * }</pre>
 */
public final class Neurons {
    private static final Map<String, NeuronParameters> DEFAULTS = new LinkedHashMap<>();

    static {
        add(IfParameters.defaults());
        add(LifParameters.defaults());
        add(ChargeLifParameters.defaults());
        add(PlifParameters.defaults());
        add(AlifParameters.defaults());
    }

    private Neurons() {
    }

    private static void add(NeuronParameters p) {
        DEFAULTS.put(p.modelName(), p);
    }

    /** Every model's default parameters, in registry order. */
    public static List<NeuronParameters> all() {
        return List.copyOf(DEFAULTS.values());
    }

    /** The registered names. */
    public static List<String> names() {
        return List.copyOf(DEFAULTS.keySet());
    }

    /** The named model's default parameters; an unknown name lists the known ones. */
    public static NeuronParameters byName(String name) {
        NeuronParameters p = DEFAULTS.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown neuron model '" + name + "'; known: " + names());
        }
        return p;
    }

    /** Builds the named model with its default dynamics and the given firing settings. */
    public static NeuronModel<?> create(String name, Firing firing, int channels, DataType type) {
        return byName(name).withFiring(firing).build(channels, type);
    }
}
