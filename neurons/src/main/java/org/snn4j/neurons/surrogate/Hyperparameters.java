package org.snn4j.neurons.surrogate;

/** Validation shared by the surrogate records: every hyperparameter is finite and positive. */
final class Hyperparameters {
    private Hyperparameters() {
    }

    /** Returns {@code value}, or throws naming the surrogate, the field and the allowed range. */
    static double positive(String surrogate, String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(surrogate + " surrogate: " + field + " = " + value
                    + " is outside the allowed range (0, +inf)");
        }
        return value;
    }
}
