package org.snn4j.neurons.slayer.layer;

import org.snn4j.neurons.slayer.SrmParameters;

/** Constructor checks shared by the SLAYER layer specs. */
final class LayerChecks {
    private LayerChecks() {
    }

    static void weightScale(String spec, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(spec + ".weightScale = " + v + " must be in (0, +inf)");
        }
    }

    static void neuron(String spec, SrmParameters p) {
        if (p == null) {
            throw new IllegalArgumentException(spec + ".neuron is required");
        }
    }

    static void atLeast(String spec, String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(spec + "." + field + " must be >= " + min + ", got " + value);
        }
    }
}
