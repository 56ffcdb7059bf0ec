package org.snn4j.neurons.plasticity;

import org.snn4j.autograd.registry.Registry;
import org.snn4j.autograd.registry.RegistryTypeIdResolver;

/** Reads and writes {@link PlasticityRule} type names through {@link PlasticityTypes#REGISTRY}. */
final class PlasticityTypeIdResolver extends RegistryTypeIdResolver {

    @Override
    protected Registry<Class<?>> registry() {
        return PlasticityTypes.REGISTRY;
    }
}
