package org.snn4j.autograd.optim;

import org.snn4j.autograd.registry.Registry;
import org.snn4j.autograd.registry.RegistryTypeIdResolver;

/** Reads and writes {@link OptimizerSpec} type names through {@link OptimizerTypes#REGISTRY}. */
final class OptimizerTypeIdResolver extends RegistryTypeIdResolver {

    @Override
    protected Registry<Class<?>> registry() {
        return OptimizerTypes.REGISTRY;
    }
}
