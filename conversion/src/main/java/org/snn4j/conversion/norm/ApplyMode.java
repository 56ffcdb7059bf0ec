package org.snn4j.conversion.norm;

/**
 * How the scales λ^l enter the spiking network. Under reset by subtraction the two are
 * equivalent: summing {@code V^l(t) = V^l(t−1) + z^l(t) − V_thr·Θ^l(t)} over T steps gives the same
 * rate {@code r^l(T) = Σ_j W^l_ij r^{l−1}_j + b^l − V^l(T)/T} up to the factor λ^l (Rueckauer et
 * al. 2017, Sect. 2.1).
 */
public enum ApplyMode {
    /**
     * Weight normalisation: {@code W^l ← W^l·λ^{l−1}/λ^l}, {@code b^l ← b^l/λ^l}, threshold 1,
     * unit spikes. Firing rates approximate {@code a^l/λ^l}.
     */
    WEIGHTS,
    /**
     * Threshold balancing: the ANN's weights and biases are kept, {@code V_thr^l = λ^l}, and a spike
     * of layer l carries {@code V_thr^l} to the next layer (Sengupta et al. 2019). Spike counts
     * are identical to {@link #WEIGHTS}; membranes, residuals and outputs are λ^l times larger.
     */
    THRESHOLD
}
