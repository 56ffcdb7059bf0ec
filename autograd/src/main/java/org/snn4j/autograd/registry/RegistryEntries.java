package org.snn4j.autograd.registry;

import java.util.Map;

/**
 * Service-provider hook through which a module contributes entries to a {@link Registry} it does
 * not own (for example {@code neurons} adding spiking layer types to the layer registry).
 *
 * <p>List the implementation in {@code META-INF/services/org.snn4j.autograd.registry.RegistryEntries}.
 * A registry loads every provider whose {@link #registry()} equals its own {@link Registry#kind()}
 * on its first lookup.
 *
 * @param <T> the entry type of the target registry
 */
public interface RegistryEntries<T> {

    /** The {@link Registry#kind()} of the registry these entries belong to, e.g. {@code "layer type"}. */
    String registry();

    /** Canonical names and their entries, in the order they should be listed. */
    Map<String, T> entries();

    /** Old or alternative names (alias → canonical name); empty by default. */
    default Map<String, String> aliases() {
        return Map.of();
    }
}
