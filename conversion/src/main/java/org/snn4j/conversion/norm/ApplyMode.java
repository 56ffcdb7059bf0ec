package org.snn4j.conversion.norm;

/**
 * How the scales λ^l enter the spiking network (seed 000: the two are equivalent under reset by
 * subtraction).
 */
public enum ApplyMode {
    /**
     * Weight normalisation: {@code W^l ← W^l·λ^{l−1}/λ^l}, {@code b^l ← b^l/λ^l}, threshold 1,
     * unit spikes. Firing rates approximate {@code a^l/λ^l}.
     */
    WEIGHTS,
    /**
     * Threshold balancing: the ANN's weights and biases are kept, {@code V_thr^l = λ^l}, and a spike
     * of layer l carries {@code V_thr^l} to the next layer (seed 000's "发放 V_thr"). Spike counts
     * are identical to {@link #WEIGHTS}; membranes, residuals and outputs are λ^l times larger.
     */
    THRESHOLD
}
