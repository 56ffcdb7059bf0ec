package org.snn4j.neurons.plasticity;

/**
 * Online all-to-all STDP with pre and post traces (Song, Miller &amp; Abbott 2000; Morrison,
 * Diesmann &amp; Gerstner 2008, "all-to-all" interaction):
 *
 * <pre>
 * a_pre  ← a_pre · e^(−dt/τ_pre)  + A_pre  · s_pre        on a pre spike also  w ← w + a_post
 * a_post ← a_post · e^(−dt/τ_post) + A_post · s_post       on a post spike also w ← w + a_pre
 * </pre>
 * Every earlier spike stays in the trace, so the updates equal the pair-based sum over all
 * spike pairs with the window of Bi &amp; Poo (1998) ({@link PairStdp}, tested spike for spike).
 * JSON type {@code "stdp-trace"}.
 *
 * @param window           amplitudes and time constants
 * @param weightDependence how the change depends on the weight
 */
public record TraceStdp(StdpWindow window, WeightDependence weightDependence) implements TraceRule {

    public TraceStdp {
        PlasticityTypes.requireNonNull("TraceStdp", window, weightDependence);
    }

    @Override
    public double nextTrace(double trace, double decay, double amplitude, double spike) {
        return trace * decay + amplitude * spike;
    }
}
