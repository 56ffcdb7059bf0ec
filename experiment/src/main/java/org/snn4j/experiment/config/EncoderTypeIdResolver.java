package org.snn4j.experiment.config;

import org.snn4j.autograd.registry.Registry;
import org.snn4j.autograd.registry.RegistryTypeIdResolver;

/** Reads and writes encoder type names through {@link EncoderTypes#REGISTRY}. */
final class EncoderTypeIdResolver extends RegistryTypeIdResolver {
    @Override
    protected Registry<Class<?>> registry() {
        return EncoderTypes.REGISTRY;
    }
}
