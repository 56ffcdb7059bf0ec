package org.snn4j.autograd.optim;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;

/**
 * Learning rate as a pure function of a time index {@code t = 0, 1, 2, …}, counted in whatever
 * unit the caller steps (epochs or iterations). Serialised with the logical type names of
 * {@link ScheduleTypes#REGISTRY}: {@code constant}, {@code step}, {@code cosine}, {@code warmup}.
 *
 * <pre>{@code
 * LrSchedule s = new LinearWarmup(5, 0.1, new CosineAnnealing(1e-3, 45, 0));
 * for (int epoch = 0; epoch < 50; epoch++) { s.applyTo(optimizer, epoch); ... }
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonTypeIdResolver(ScheduleTypeIdResolver.class)
public interface LrSchedule {

    /** The learning rate at time index {@code t ≥ 0}. */
    double lr(long t);

    /** Sets {@code optimizer}'s learning rate to {@link #lr}{@code (t)}. */
    default void applyTo(Optimizer optimizer, long t) {
        if (t < 0) {
            throw new IllegalArgumentException("schedule time index must be >= 0, got " + t);
        }
        optimizer.setLearningRate(lr(t));
    }
}
