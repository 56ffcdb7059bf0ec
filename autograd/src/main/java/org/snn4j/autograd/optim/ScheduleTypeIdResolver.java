package org.snn4j.autograd.optim;

import org.snn4j.autograd.registry.Registry;
import org.snn4j.autograd.registry.RegistryTypeIdResolver;

/** Reads and writes {@link LrSchedule} type names through {@link ScheduleTypes#REGISTRY}. */
final class ScheduleTypeIdResolver extends RegistryTypeIdResolver {

    @Override
    protected Registry<Class<?>> registry() {
        return ScheduleTypes.REGISTRY;
    }
}
