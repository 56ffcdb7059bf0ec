package org.snn4j.neurons.plasticity;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;

/**
 * How the size of a weight change depends on the weight (van Rossum, Bi &amp; Turrigiano 2000;
 * Gütig et al. 2003). Given the summed potentiation {@code ltp} and depression {@code ltd} a rule
 * produced for a synapse of weight {@code w}, returns the change actually applied. JSON:
 * {@code {"type":"additive","wMin":0,"wMax":1}} or {@code {"type":"multiplicative",...}}
 * ({@link PlasticityTypes#WEIGHT_DEPENDENCE}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonTypeIdResolver(WeightDependenceTypeIdResolver.class)
public interface WeightDependence {

    /** Lower weight bound. */
    double wMin();

    /** Upper weight bound. */
    double wMax();

    /** The change applied to weight {@code w} for potentiation {@code ltp} and depression {@code ltd}. */
    double delta(double w, double ltp, double ltd);

    /** {@code w + delta(w, ltp, ltd)}. */
    default double apply(double w, double ltp, double ltd) {
        return w + delta(w, ltp, ltd);
    }

    /** Shared bound check: {@code wMin < wMax}, both finite. */
    static void checkBounds(String record, double wMin, double wMax) {
        if (!Double.isFinite(wMin) || !Double.isFinite(wMax) || !(wMin < wMax)) {
            throw new IllegalArgumentException(record + ".wMin must be < wMax (both finite), got " + wMin + ", " + wMax);
        }
    }
}
