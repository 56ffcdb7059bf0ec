package org.snn4j.neurons.surrogate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The surrogate registry: every surrogate by its {@link Surrogate#name()}, built from named
 * hyperparameters. Adding a surrogate is one record and one line in {@link #FACTORIES}.
 *
 * <pre>{@code
 * Surrogate s = Surrogates.byName("atan", Map.of("alpha", 2.0));
 * }</pre>
 */
public final class Surrogates {
    private static final Map<String, Entry> FACTORIES = new LinkedHashMap<>();

    static {
        add(new Rectangular(), h -> new Rectangular(h.get("width")));
        add(new Triangle(), h -> new Triangle(h.get("width")));
        add(new Sigmoid(), h -> new Sigmoid(h.get("alpha")));
        add(new ATan(), h -> new ATan(h.get("alpha")));
        add(new FastSigmoid(), h -> new FastSigmoid(h.get("slope")));
        add(new PiecewiseExponential(), h -> new PiecewiseExponential(h.get("alpha")));
        add(new Gaussian(), h -> new Gaussian(h.get("sigma")));
        add(new SlayerPdf(), h -> new SlayerPdf(h.get("scaleRho"), h.get("tauRho"), h.get("theta")));
    }

    private Surrogates() {
    }

    private record Entry(Surrogate defaults, Function<Map<String, Double>, Surrogate> factory) {
    }

    private static void add(Surrogate defaults, Function<Map<String, Double>, Surrogate> factory) {
        FACTORIES.put(defaults.name(), new Entry(defaults, factory));
    }

    /** Every registered surrogate with its default hyperparameters, in registry order. */
    public static List<Surrogate> all() {
        return FACTORIES.values().stream().map(Entry::defaults).toList();
    }

    /** The registered names, in registry order. */
    public static List<String> names() {
        return List.copyOf(FACTORIES.keySet());
    }

    /** The named surrogate with its default hyperparameters. */
    public static Surrogate byName(String name) {
        return byName(name, Map.of());
    }

    /**
     * The named surrogate; hyperparameters absent from {@code hyperparameters} keep their
     * defaults. An unknown name or hyperparameter is an error listing the allowed ones.
     */
    public static Surrogate byName(String name, Map<String, Double> hyperparameters) {
        Entry e = FACTORIES.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown surrogate '" + name + "'; known: " + names());
        }
        Map<String, Double> h = new LinkedHashMap<>(e.defaults().hyperparameters());
        for (Map.Entry<String, Double> kv : hyperparameters.entrySet()) {
            if (!h.containsKey(kv.getKey())) {
                throw new IllegalArgumentException("surrogate '" + name + "' has no hyperparameter '"
                        + kv.getKey() + "'; allowed: " + h.keySet());
            }
            if (kv.getValue() == null) {
                throw new IllegalArgumentException("surrogate '" + name + "': hyperparameter '"
                        + kv.getKey() + "' is null");
            }
            h.put(kv.getKey(), kv.getValue());
        }
        return e.factory().apply(h);
    }
}
