package org.snn4j.neurons.plasticity;

import org.snn4j.autograd.registry.Registry;

/**
 * The JSON type names of the plasticity configs: {@link #REGISTRY} for rules
 * ({@code "stdp-pair"}, {@code "stdp-trace"}, {@code "stdp-nearest"}, {@code "r-stdp"}) and
 * {@link #WEIGHT_DEPENDENCE} ({@code "additive"}, {@code "multiplicative"}). Other modules add
 * entries through {@link org.snn4j.autograd.registry.RegistryEntries} services naming
 * {@link #KIND} or {@link #WEIGHT_DEPENDENCE_KIND}.
 */
public final class PlasticityTypes {
    /** Registry kind of the rules. */
    public static final String KIND = "plasticity rule";
    /** Registry kind of the weight dependences. */
    public static final String WEIGHT_DEPENDENCE_KIND = "weight dependence";

    /** Logical rule name → {@link PlasticityRule} record class. */
    public static final Registry<Class<?>> REGISTRY = new Registry<Class<?>>(KIND)
            .register("stdp-pair", PairStdp.class)
            .register("stdp-trace", TraceStdp.class)
            .register("stdp-nearest", NearestStdp.class)
            .register("r-stdp", RewardStdp.class);

    /** Logical weight-dependence name → {@link WeightDependence} record class. */
    public static final Registry<Class<?>> WEIGHT_DEPENDENCE = new Registry<Class<?>>(WEIGHT_DEPENDENCE_KIND)
            .register("additive", AdditiveHardBound.class)
            .register("multiplicative", MultiplicativeSoftBound.class);

    private PlasticityTypes() {
    }

    /** Shared null check of a rule's two components, naming the record. */
    static void requireNonNull(String record, StdpWindow window, WeightDependence dependence) {
        if (window == null) {
            throw new IllegalArgumentException(record + ".window is missing");
        }
        if (dependence == null) {
            throw new IllegalArgumentException(record + ".weightDependence is missing (additive or multiplicative)");
        }
    }
}
