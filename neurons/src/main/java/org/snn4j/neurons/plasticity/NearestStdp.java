package org.snn4j.neurons.plasticity;

/**
 * Online nearest-spike STDP (Morrison, Diesmann &amp; Gerstner 2008, "nearest-neighbour"
 * interaction; the traces of Diehl &amp; Cook 2015): a spike resets its trace to the amplitude
 * instead of adding to it,
 *
 * <pre>
 * a_pre  ← s_pre  ? A_pre  : a_pre · e^(−dt/τ_pre)         on a pre spike also  w ← w + a_post
 * a_post ← s_post ? A_post : a_post · e^(−dt/τ_post)       on a post spike also w ← w + a_pre
 * </pre>
 * so each spike pairs only with the latest spike of the other side. JSON type {@code "stdp-nearest"}.
 *
 * @param window           amplitudes and time constants
 * @param weightDependence how the change depends on the weight
 */
public record NearestStdp(StdpWindow window, WeightDependence weightDependence) implements TraceRule {

    public NearestStdp {
        PlasticityTypes.requireNonNull("NearestStdp", window, weightDependence);
    }

    @Override
    public double nextTrace(double trace, double decay, double amplitude, double spike) {
        return spike != 0 ? amplitude : trace * decay;
    }
}
