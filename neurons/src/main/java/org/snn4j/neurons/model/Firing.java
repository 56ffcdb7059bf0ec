package org.snn4j.neurons.model;

import org.snn4j.neurons.surrogate.ATan;
import org.snn4j.neurons.surrogate.Surrogate;

/**
 * How every neuron model fires and resets (SpikingJelly's {@code neuronal_fire} and
 * {@code neuronal_reset}): {@code s = H(h − θ)} with the surrogate derivative in backward, then
 * the {@link ResetMode}.
 *
 * @param threshold          θ in membrane units (finite)
 * @param reset              reset mode after a spike
 * @param vReset             reset potential for {@code TO_VALUE}, and the initial membrane of
 *                           every model (membrane units, finite)
 * @param detachReset        whether the reset uses the spike cut from the graph (SpikingJelly's
 *                           {@code detach_reset}): no gradient flows through the reset term
 * @param surrogate          the surrogate derivative of the spike
 * @param learnableThreshold whether θ is a trained parameter (one per layer or per channel)
 */
public record Firing(double threshold, ResetMode reset, double vReset, boolean detachReset, Surrogate surrogate,
                     boolean learnableThreshold) {

    public Firing {
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("firing: threshold = " + threshold + " must be finite");
        }
        if (!Double.isFinite(vReset)) {
            throw new IllegalArgumentException("firing: vReset = " + vReset + " must be finite");
        }
        if (reset == null) {
            throw new IllegalArgumentException("firing: reset must be one of SUBTRACT, TO_VALUE, NONE");
        }
        if (surrogate == null) {
            throw new IllegalArgumentException("firing: surrogate is required (see Surrogates.names())");
        }
    }

    /** θ = 1, reset to 0 (STBP and SpikingJelly), not detached, atan surrogate (α = 2), fixed θ. */
    public static Firing defaults() {
        return new Firing(1.0, ResetMode.TO_VALUE, 0.0, false, new ATan(), false);
    }

    public Firing withThreshold(double v) {
        return new Firing(v, reset, vReset, detachReset, surrogate, learnableThreshold);
    }

    public Firing withReset(ResetMode v) {
        return new Firing(threshold, v, vReset, detachReset, surrogate, learnableThreshold);
    }

    public Firing withVReset(double v) {
        return new Firing(threshold, reset, v, detachReset, surrogate, learnableThreshold);
    }

    public Firing withDetachReset(boolean v) {
        return new Firing(threshold, reset, vReset, v, surrogate, learnableThreshold);
    }

    public Firing withSurrogate(Surrogate v) {
        return new Firing(threshold, reset, vReset, detachReset, v, learnableThreshold);
    }

    public Firing withLearnableThreshold(boolean v) {
        return new Firing(threshold, reset, vReset, detachReset, surrogate, v);
    }
}
