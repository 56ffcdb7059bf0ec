package org.snn4j.neurons.model;

import java.util.List;
import org.snn4j.autograd.registry.Registry;
import org.snn4j.neurons.slayer.SrmNeuron;

/**
 * The neuron-model registry: registry name → pure {@link NeuronModel}. The name is the layer's
 * JSON type ({@code {"type":"lif", ...}}) and the model's parameters record is the rest of that
 * JSON. Adding a model is one model file, one parameters record, one test and one line here.
 *
 * <p>Names: {@code "lif"} is SpikingJelly's charge-form LIF ({@link Lif}) that the presets use;
 * STBP's iterative LIF is {@code "lif-stbp"} ({@link LifStbp}). Files written before that rename
 * said {@code "lif-charge"} for the former (an alias) and {@code "lif"} for the latter: model
 * format version 1 (see {@link #forType(String, int)}). SLAYER's spike response model is
 * {@code "srm"} ({@link SrmNeuron}).
 *
 * <pre>{@code
 * NeuronModel<?, ?> lif = Neurons.REGISTRY.get("lif");
 * }</pre>
 */
public final class Neurons {
    /** The model format version in which {@code "lif"} names STBP's LIF; later versions mean {@link Lif}. */
    public static final int LEGACY_LIF_VERSION = 1;

    /** Every neuron model by registry name. */
    public static final Registry<NeuronModel<?, ?>> REGISTRY = new Registry<NeuronModel<?, ?>>("neuron model")
            .register("if", new IfNeuron())
            .register("lif", new Lif())
            .register("lif-stbp", new LifStbp())
            .register("plif", new Plif())
            .register("alif", new Alif())
            .register("lif-current", new CurrentLif())
            .register("srm", new SrmNeuron())
            .alias("lif-charge", "lif");

    private Neurons() {
    }

    /** Every registered model, in registry order. */
    public static List<NeuronModel<?, ?>> all() {
        return REGISTRY.values();
    }

    /** The registered (canonical) names. */
    public static List<String> names() {
        return REGISTRY.names();
    }

    /**
     * The model a JSON type name denotes in a file of the given model format version: in version
     * {@value #LEGACY_LIF_VERSION}, {@code "lif"} is STBP's LIF ({@code "lif-stbp"} now).
     */
    public static NeuronModel<?, ?> forType(String type, int formatVersion) {
        if (formatVersion <= LEGACY_LIF_VERSION && "lif".equals(type)) {
            return REGISTRY.get("lif-stbp");
        }
        return REGISTRY.get(type);
    }

    /** The registry name of the model whose parameters record {@code p} is. */
    public static String nameOf(NeuronParameters p) {
        return REGISTRY.nameOf(modelOf(p));
    }

    /** The model whose parameters record {@code p} is. */
    public static NeuronModel<?, ?> modelOf(NeuronParameters p) {
        for (NeuronModel<?, ?> m : REGISTRY.values()) {
            if (m.parametersType() == p.getClass()) {
                return m;
            }
        }
        throw new IllegalArgumentException(p.getClass().getSimpleName() + " is the parameters record of no registered "
                + "neuron model; known: " + names());
    }
}
