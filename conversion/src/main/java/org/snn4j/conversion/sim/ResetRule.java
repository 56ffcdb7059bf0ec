package org.snn4j.conversion.sim;

/**
 * The reset of a converted IF neuron after a spike (Rueckauer et al. 2017, eqs. 2–3),
 * with {@code h} the membrane after integration and {@code V_thr} the threshold.
 */
public enum ResetRule {
    /** Reset by subtraction, {@code v = h − V_thr}: keeps the overshoot (the default). */
    SUBTRACT,
    /** Reset to zero, {@code v = 0}: loses the overshoot, so rates fall below {@code a/λ}. */
    TO_ZERO
}
