package org.snn4j.neurons.plasticity;

import org.snn4j.autograd.registry.Registry;
import org.snn4j.autograd.registry.RegistryTypeIdResolver;

/** Reads and writes {@link WeightDependence} type names through {@link PlasticityTypes#WEIGHT_DEPENDENCE}. */
final class WeightDependenceTypeIdResolver extends RegistryTypeIdResolver {

    @Override
    protected Registry<Class<?>> registry() {
        return PlasticityTypes.WEIGHT_DEPENDENCE;
    }
}
