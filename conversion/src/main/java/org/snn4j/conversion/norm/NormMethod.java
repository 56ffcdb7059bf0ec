package org.snn4j.conversion.norm;

/** How the per-layer scale λ^l of a converted network is chosen. */
public enum NormMethod {
    /**
     * Diehl et al. 2015, model-based: from the weights alone, λ^l is the largest total positive
     * input a neuron can receive in one step, {@code max_i Σ_j max(0, W_ij)} (positive biases
     * included), so no neuron can need more than one spike per step. No data.
     */
    MODEL,
    /**
     * Diehl et al. 2015, data-based: {@code λ^l = max(max_ij max(0, W_ij), max over the data of
     * a^l)}, applied with the previous layer's factor ({@code W ← W·λ^{l−1}/λ^l}).
     */
    DATA,
    /**
     * Rueckauer et al. 2017, robust normalisation: λ^l is the p-th percentile (e.g. 99.9 or
     * 99.99) of the positive activations of layer l over the data, which ignores rare outliers.
     */
    PERCENTILE
}
