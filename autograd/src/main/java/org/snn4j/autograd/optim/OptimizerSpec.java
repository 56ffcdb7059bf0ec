package org.snn4j.autograd.optim;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import java.util.Map;
import org.snn4j.autograd.nn.Parameter;

/**
 * Immutable optimiser configuration, serialised with a stable logical type name:
 * {@code {"type":"adam","lr":0.001,"beta1":0.9,...}}. The names ({@code sgd}, {@code adam},
 * {@code adamw}, {@code nadam}) come from {@link OptimizerTypes#REGISTRY}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonTypeIdResolver(OptimizerTypeIdResolver.class)
public interface OptimizerSpec {

    /** The (initial) learning rate. */
    double lr();

    /** The same configuration with another learning rate. */
    OptimizerSpec withLr(double lr);

    /** An optimiser over {@code params} (e.g. {@code model.namedParameters()}). */
    Optimizer build(Map<String, ? extends Parameter> params);

    /** Shared range check; {@code record.field must be in [lo, hi), got v}. */
    static void checkRange(String field, double v, double lo, double hiExclusive) {
        if (!(v >= lo && v < hiExclusive)) {
            throw new IllegalArgumentException(field + " must be in [" + lo + ", " + hiExclusive + "), got " + v);
        }
    }
}
