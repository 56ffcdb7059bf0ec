package org.snn4j.neurons.encoding;

/** How {@link LatencyEncoder} maps an intensity to a spike time. */
public enum LatencyCode {
    /** {@code t = (1 − x)·(T − 1)}: brightest at step 0, the threshold near the last step. */
    LINEAR,
    /** {@code t = τ·ln(x / (x − θ))}: the charging time of an RC neuron driven by x to threshold θ. */
    LOG
}
