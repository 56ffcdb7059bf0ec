package org.snn4j.autograd.nn;

import org.snn4j.autograd.registry.Registry;
import org.snn4j.autograd.registry.RegistryTypeIdResolver;

/**
 * Reads and writes {@link LayerSpec} type names through {@link LayerTypes#REGISTRY}, so names
 * registered at run time or contributed by other modules are honoured by every
 * {@code ObjectMapper}. Writing an unregistered spec class is an error, never a fall-back to the
 * Java class name.
 */
public final class LayerTypeIdResolver extends RegistryTypeIdResolver {

    @Override
    protected Registry<Class<?>> registry() {
        return LayerTypes.REGISTRY;
    }
}
