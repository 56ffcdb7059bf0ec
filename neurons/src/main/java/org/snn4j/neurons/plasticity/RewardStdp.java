package org.snn4j.neurons.plasticity;

/**
 * Reward-modulated STDP with an eligibility trace (Izhikevich 2007; Florian 2007, MSTDPET): the
 * STDP change of an online rule does not touch the weight but feeds a per-synapse eligibility
 * trace, and a reward signal {@code r(t)} gates it into the weight:
 *
 * <pre>
 * ξ(t) = post_t · â_pre,t + â_post,t · pre_t            (the inner rule's STDP at step t)
 * e(t) = e(t−1) · e^(−dt/τ_e) + ξ(t)
 * Δw(t) = weightDependence.delta(w, r(t)·e_LTP(t), r(t)·e_LTD(t))
 * </pre>
 * (potentiation and depression parts of {@code e} are kept apart so the weight dependence applies
 * to each). The learning rate γ is the optimiser's. JSON type {@code "r-stdp"}:
 * {@code {"type":"r-stdp","stdp":{"type":"stdp-trace",...},"tauEligibilityMs":1000}}.
 *
 * @param stdp             the inner online rule ({@code stdp-trace} or {@code stdp-nearest})
 * @param tauEligibilityMs eligibility time constant {@code τ_e} in ms, &gt; 0
 */
public record RewardStdp(PlasticityRule stdp, double tauEligibilityMs) implements TraceRule {

    public RewardStdp {
        if (!(stdp instanceof TraceRule) || stdp instanceof RewardStdp) {
            throw new IllegalArgumentException("RewardStdp.stdp must be an online rule (stdp-trace or stdp-nearest), got "
                    + (stdp == null ? "null" : PlasticityTypes.REGISTRY.nameOf(stdp.getClass())));
        }
        if (!(tauEligibilityMs > 0) || Double.isInfinite(tauEligibilityMs)) {
            throw new IllegalArgumentException("RewardStdp.tauEligibilityMs must be in (0, inf), got " + tauEligibilityMs);
        }
    }

    @Override
    public StdpWindow window() {
        return stdp.window();
    }

    @Override
    public WeightDependence weightDependence() {
        return stdp.weightDependence();
    }

    @Override
    public double nextTrace(double trace, double decay, double amplitude, double spike) {
        return ((TraceRule) stdp).nextTrace(trace, decay, amplitude, spike);
    }

    /** Per-step decay {@code e^(−dt/τ_e)} of the eligibility trace. */
    public double eligibilityDecay(double dtMs) {
        return Math.exp(-dtMs / tauEligibilityMs);
    }
}
