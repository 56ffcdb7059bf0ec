package org.snn4j.neurons.surrogate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.snn4j.autograd.registry.Registry;

/**
 * The surrogate registry: registry name → {@link Entry} (the surrogate with its default
 * hyperparameters and the factory from named hyperparameters). A surrogate is serialised by its
 * {@link Surrogate#name()} and {@link Surrogate#hyperparameters()}, which {@link #byName} reads
 * back. Adding a surrogate is one record, one line here (the contract test covers it).
 *
 * <pre>{@code
 * Surrogate s = Surrogates.byName("atan", Map.of("alpha", 2.0));
 * }</pre>
 */
public final class Surrogates {

    /**
     * One registered surrogate.
     *
     * @param defaults the surrogate with its default hyperparameters
     * @param factory  builds it from a complete hyperparameter map
     */
    public record Entry(Surrogate defaults, Function<Map<String, Double>, Surrogate> factory) {
    }

    /** Every surrogate by registry name. */
    public static final Registry<Entry> REGISTRY = new Registry<Entry>("surrogate")
            .register(Rectangular.NAME, new Entry(new Rectangular(), h -> new Rectangular(h.get("width"))))
            .register(Triangle.NAME, new Entry(new Triangle(), h -> new Triangle(h.get("width"))))
            .register(Sigmoid.NAME, new Entry(new Sigmoid(), h -> new Sigmoid(h.get("alpha"))))
            .register(ATan.NAME, new Entry(new ATan(), h -> new ATan(h.get("alpha"))))
            .register(FastSigmoid.NAME, new Entry(new FastSigmoid(), h -> new FastSigmoid(h.get("slope"))))
            .register(PiecewiseExponential.NAME, new Entry(new PiecewiseExponential(),
                    h -> new PiecewiseExponential(h.get("alpha"))))
            .register(Gaussian.NAME, new Entry(new Gaussian(), h -> new Gaussian(h.get("sigma"))))
            .register(SlayerPdf.NAME, new Entry(new SlayerPdf(),
                    h -> new SlayerPdf(h.get("scaleRho"), h.get("tauRho"), h.get("theta"))));

    private Surrogates() {
    }

    /** Every registered surrogate with its default hyperparameters, in registry order. */
    public static List<Surrogate> all() {
        return REGISTRY.values().stream().map(Entry::defaults).toList();
    }

    /** The registered names, in registry order. */
    public static List<String> names() {
        return REGISTRY.names();
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
        Entry e = REGISTRY.get(name);
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
