package org.snn4j.autograd.nn;

import java.util.Map;

/**
 * Service-provider hook that contributes layer type names to the {@link LayerRegistry}.
 *
 * <p>A module that defines layers (e.g. {@code neurons}) may list an implementation in
 * {@code META-INF/services/org.snn4j.autograd.nn.LayerTypeProvider}; the registry loads every
 * provider on its first lookup, so {@code model.json} files naming those layers load without an
 * explicit {@link LayerRegistry#register} call. Explicit registration works as well.
 */
public interface LayerTypeProvider {

    /** Logical names and their spec record classes, e.g. {@code "recurrent-lif" -> RecurrentLifSpec.class}. */
    Map<String, Class<? extends LayerSpec>> layerTypes();

    /** Further names of those types (alias → canonical name), see {@link LayerRegistry#alias}. */
    default Map<String, String> aliases() {
        return Map.of();
    }
}
