package org.snn4j.autograd.optim;

import org.snn4j.autograd.registry.Registry;

/**
 * The optimiser registry: the logical {@code "type"} names of {@link OptimizerSpec} records in
 * JSON ({@code {"type":"adam","lr":0.001,...}}) → the record class. Adding an optimiser is one
 * spec record, its {@link Optimizer}, one test row in {@code OptimizerTest} and one line here.
 */
public final class OptimizerTypes {
    /** Logical optimiser name → {@link OptimizerSpec} record class. */
    public static final Registry<Class<?>> REGISTRY = new Registry<Class<?>>("optimizer")
            .register("sgd", SgdSpec.class)
            .register("adam", AdamSpec.class)
            .register("adamw", AdamWSpec.class)
            .register("nadam", NadamSpec.class);

    private OptimizerTypes() {
    }
}
