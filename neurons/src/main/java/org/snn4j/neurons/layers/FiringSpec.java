package org.snn4j.neurons.layers;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.ResetMode;
import org.snn4j.neurons.surrogate.Surrogate;
import org.snn4j.neurons.surrogate.Surrogates;

/**
 * The JSON form of {@link Firing}: how a spiking layer fires ({@code s = H(h − θ)}) and resets.
 * The surrogate is stored by its registry name and named hyperparameters, e.g.
 * {@code {"threshold":1.0,"reset":"TO_VALUE","vReset":0.0,"detachReset":false,"surrogate":"atan",
 * "surrogateParameters":{"alpha":2.0},"learnableThreshold":false}}.
 *
 * @param threshold           θ in membrane units, finite
 * @param reset               {@code SUBTRACT}, {@code TO_VALUE} or {@code NONE}
 * @param vReset              reset potential and initial membrane (membrane units), finite
 * @param detachReset         whether the reset uses the spike cut from the graph
 * @param surrogate           a name from {@link Surrogates#names()}
 * @param surrogateParameters hyperparameters of that surrogate (absent ones keep their defaults)
 * @param learnableThreshold  whether θ is a trained parameter (one per layer or per channel)
 */
public record FiringSpec(double threshold, ResetMode reset, double vReset, boolean detachReset, String surrogate,
                         Map<String, Double> surrogateParameters, boolean learnableThreshold) {

    public FiringSpec {
        if (surrogateParameters == null) {
            throw new IllegalArgumentException("FiringSpec.surrogateParameters must not be null (use {} for defaults)");
        }
        surrogateParameters = Collections.unmodifiableMap(new TreeMap<>(surrogateParameters));
        if (surrogate == null) {
            throw new IllegalArgumentException("FiringSpec.surrogate must be one of " + Surrogates.names());
        }
        try {
            new Firing(threshold, reset, vReset, detachReset, Surrogates.byName(surrogate, surrogateParameters),
                    learnableThreshold);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("FiringSpec: " + e.getMessage(), e);
        }
    }

    /** {@link Firing#defaults()}: θ = 1, reset to 0, not detached, atan (α = 2), fixed θ. */
    public static FiringSpec defaults() {
        return of(Firing.defaults());
    }

    /** The spec of {@code firing} (its surrogate by name and hyperparameters). */
    public static FiringSpec of(Firing firing) {
        Surrogate s = firing.surrogate();
        return new FiringSpec(firing.threshold(), firing.reset(), firing.vReset(), firing.detachReset(), s.name(),
                s.hyperparameters(), firing.learnableThreshold());
    }

    /** The firing settings this spec describes. */
    public Firing toFiring() {
        return new Firing(threshold, reset, vReset, detachReset, Surrogates.byName(surrogate, surrogateParameters),
                learnableThreshold);
    }

    public FiringSpec withThreshold(double v) {
        return new FiringSpec(v, reset, vReset, detachReset, surrogate, surrogateParameters, learnableThreshold);
    }

    public FiringSpec withReset(ResetMode v) {
        return new FiringSpec(threshold, v, vReset, detachReset, surrogate, surrogateParameters, learnableThreshold);
    }

    public FiringSpec withDetachReset(boolean v) {
        return new FiringSpec(threshold, reset, vReset, v, surrogate, surrogateParameters, learnableThreshold);
    }

    /** Another surrogate, by registry name and hyperparameters. */
    public FiringSpec withSurrogate(String name, Map<String, Double> parameters) {
        return new FiringSpec(threshold, reset, vReset, detachReset, name, parameters, learnableThreshold);
    }

    public FiringSpec withLearnableThreshold(boolean v) {
        return new FiringSpec(threshold, reset, vReset, detachReset, surrogate, surrogateParameters, v);
    }
}
