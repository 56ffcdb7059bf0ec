package org.snn4j.neurons.plasticity;

/**
 * Pair-based all-to-all STDP (Bi &amp; Poo 1998; Song, Miller &amp; Abbott 2000): the weight change
 * is the window summed over every pre/post spike pair,
 *
 * <pre>
 * Δw = Σ_{t_pre} Σ_{t_post} W(t_post − t_pre)
 * </pre>
 * computed literally, pair by pair ({@code O(T²)} per synapse end), as the reference the online
 * {@link TraceStdp} is tested against. It needs the whole spike trains, so it runs on sequences
 * only (no carry between calls). JSON type {@code "stdp-pair"}.
 *
 * @param window           amplitudes and time constants
 * @param weightDependence how the summed change depends on the weight
 */
public record PairStdp(StdpWindow window, WeightDependence weightDependence) implements PlasticityRule {

    public PairStdp {
        PlasticityTypes.requireNonNull("PairStdp", window, weightDependence);
    }

    /**
     * The effective traces: {@code â_pre[t] = Σ_{t' ≤ t} W((t − t')·dt)·pre[t']} restricted to the
     * potentiation branch ({@code A_pre e^(−Δt/τ_pre)}, Δt ≥ 0), and likewise {@code â_post} for
     * depression, so that {@code Σ_t post[t]·â_pre[t] + â_post[t]·pre[t]} is the pair sum.
     */
    @Override
    public Traces traces(double[][] pre, double[][] post, Traces carry, double dtMs) {
        if (carry != null) {
            throw new IllegalArgumentException("stdp-pair needs whole spike trains: call StdpLearner.sequence() "
                    + "once per sequence, or use stdp-trace for step-by-step learning");
        }
        return new Traces(pairSums(pre, window.aPre(), window.tauPreMs(), dtMs),
                pairSums(post, window.aPost(), window.tauPostMs(), dtMs));
    }

    private static double[][] pairSums(double[][] spikes, double amplitude, double tauMs, double dtMs) {
        int n = spikes.length == 0 ? 0 : spikes[0].length;
        double[][] a = new double[spikes.length][n];
        for (int t = 0; t < spikes.length; t++) {
            for (int s = 0; s <= t; s++) {
                double k = amplitude * Math.exp(-(t - s) * dtMs / tauMs);
                for (int i = 0; i < n; i++) {
                    a[t][i] += k * spikes[s][i];
                }
            }
        }
        return a;
    }

    /** The literal pair sum for one synapse with spike times in ms (Bi &amp; Poo's protocol). */
    public double deltaW(double[] preTimesMs, double[] postTimesMs) {
        double sum = 0;
        for (double tPre : preTimesMs) {
            for (double tPost : postTimesMs) {
                sum += window.w(tPost - tPre);
            }
        }
        return sum;
    }
}
