package org.snn4j.neurons.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.model.ResetLaw;
import org.snn4j.neurons.surrogate.ATan;
import org.snn4j.neurons.surrogate.Spike;
import org.snn4j.neurons.surrogate.Surrogate;

/**
 * How every neuron model fires and resets (SpikingJelly's {@code neuronal_fire} and
 * {@code neuronal_reset}; Fang et al. 2021): {@code s = H(h − θ)} with the surrogate derivative
 * in backward, then the {@link ResetMode}.
 *
 * <p>JSON (see {@link FiringJson}): the surrogate is stored by its registry name and named
 * hyperparameters, e.g. {@code {"threshold":1.0,"reset":"TO_VALUE","vReset":0.0,
 * "detachReset":false,"surrogate":"atan","surrogateParameters":{"alpha":2.0},
 * "learnableThreshold":false}}.
 *
 * @param threshold          θ in membrane units (finite); the initial value when learnable
 * @param reset              reset mode after a spike
 * @param vReset             reset potential for {@code TO_VALUE}, and the initial membrane of
 *                           every model without a rest potential (membrane units, finite)
 * @param detachReset        whether the reset uses the spike cut from the graph (SpikingJelly's
 *                           {@code detach_reset}): no gradient flows through the reset term
 * @param surrogate          the surrogate derivative of the spike
 * @param learnableThreshold whether θ is a trained parameter (one per layer or per channel), owned
 *                           by the layer and passed in as {@link NeuronTensors#threshold()}
 */
@JsonSerialize(using = FiringJson.Writer.class)
@JsonDeserialize(using = FiringJson.Reader.class)
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

    /** SpikingJelly's {@code neuronal_fire} on the tape: {@code s = H(h − θ)}, surrogate in backward. */
    public Tensor fire(Tensor h, Tensor theta) {
        return Spike.apply(h.sub(theta), surrogate);
    }

    /** SpikingJelly's {@code neuronal_reset} on the tape (see {@link ResetMode}); θ may be adapted. */
    public Tensor reset(Tensor h, Tensor spike, Tensor theta) {
        Tensor s = detachReset ? spike.detach() : spike;
        return switch (reset) {
            case SUBTRACT -> h.sub(s.mul(theta));
            case TO_VALUE -> h.mul(s.neg().add(1.0)).add(s.mul(vReset));
            case NONE -> h;
        };
    }

    /** The same reset in the fused kernels' form. */
    public ResetLaw resetLaw() {
        return reset.law(vReset, detachReset);
    }
}
