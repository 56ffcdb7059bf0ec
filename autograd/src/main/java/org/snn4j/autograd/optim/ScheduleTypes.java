package org.snn4j.autograd.optim;

import org.snn4j.autograd.registry.Registry;

/**
 * The learning-rate schedule registry: the logical {@code "type"} names of {@link LrSchedule}
 * records in JSON ({@code {"type":"cosine","baseLr":0.001,...}}) → the record class. Adding a
 * schedule is one record, one round-trip test line and one line here.
 */
public final class ScheduleTypes {
    /** Logical schedule name → {@link LrSchedule} record class. */
    public static final Registry<Class<?>> REGISTRY = new Registry<Class<?>>("lr schedule")
            .register("constant", ConstantLr.class)
            .register("step", StepDecay.class)
            .register("cosine", CosineAnnealing.class)
            .register("warmup", LinearWarmup.class);

    private ScheduleTypes() {
    }
}
