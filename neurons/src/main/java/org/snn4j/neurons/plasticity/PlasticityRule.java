package org.snn4j.neurons.plasticity;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;

/**
 * A spike-timing-dependent plasticity rule, as a JSON config record with a stable type name from
 * {@link PlasticityTypes#REGISTRY}: {@code "stdp-pair"} ({@link PairStdp}), {@code "stdp-trace"}
 * ({@link TraceStdp}), {@code "stdp-nearest"} ({@link NearestStdp}), {@code "r-stdp"}
 * ({@link RewardStdp}).
 *
 * <p>Every rule reduces to the same two sums per synapse (weights {@code w[out, in]} of a synapse
 * {@code y = M(x; w)} linear in {@code w}, see {@link StdpLearner}):
 *
 * <pre>
 * LTP = Σ_t ∂/∂w ⟨post_t, M(â_pre,t)⟩      (post spike × presynaptic trace)
 * LTD = Σ_t ∂/∂w ⟨â_post,t, M(pre_t)⟩      (postsynaptic trace × pre spike)
 * Δw  = weightDependence.delta(w, LTP, LTD)
 * </pre>
 * so a rule is defined by the traces {@code â} it derives from the spike trains ({@link #traces}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonTypeIdResolver(PlasticityTypeIdResolver.class)
public interface PlasticityRule {

    /** The STDP window (amplitudes and time constants). */
    StdpWindow window();

    /** How the change depends on the current weight. */
    WeightDependence weightDependence();

    /**
     * The traces of a sequence of spike vectors: {@code pre[t][i]} and {@code post[t][j]} (0/1,
     * time-major, each step flattened) give {@code â_pre[t][i]} and {@code â_post[t][j]}.
     *
     * @param carry the traces left by the previous call (its last rows), or {@code null} to start at 0
     * @param dtMs  simulation time step in ms
     */
    Traces traces(double[][] pre, double[][] post, Traces carry, double dtMs);

    /**
     * Pre and post traces: a sequence {@code [T][n]}, or as a carry the last step ({@code T = 1}).
     *
     * @param pre  presynaptic trace per step
     * @param post postsynaptic trace per step
     */
    record Traces(double[][] pre, double[][] post) {

        /** The last step of each trace, for carrying into the next call. */
        public Traces last() {
            return new Traces(new double[][] {pre[pre.length - 1].clone()}, new double[][] {post[post.length - 1].clone()});
        }
    }
}
