package org.snn4j.neurons.plasticity;

/**
 * An online STDP rule: each synapse end keeps one trace, decayed by {@code e^(−dt/τ)} every step
 * and bumped on a spike ({@link #nextTrace}). The whole rule is then the trace recursion, shared by
 * {@link StdpLearner} and the event-driven network of {@code org.snn4j.neurons.diehlcook}.
 */
public interface TraceRule extends PlasticityRule {

    /**
     * The trace after one step: decayed {@code trace}, then bumped by {@code amplitude} if
     * {@code spike} is non-zero.
     */
    double nextTrace(double trace, double decay, double amplitude, double spike);

    @Override
    default Traces traces(double[][] pre, double[][] post, Traces carry, double dtMs) {
        StdpWindow w = window();
        double[][] aPre = run(pre, carry == null ? null : carry.pre()[0], w.preDecay(dtMs), w.aPre());
        double[][] aPost = run(post, carry == null ? null : carry.post()[0], w.postDecay(dtMs), w.aPost());
        return new Traces(aPre, aPost);
    }

    private double[][] run(double[][] spikes, double[] start, double decay, double amplitude) {
        int n = spikes.length == 0 ? 0 : spikes[0].length;
        double[][] a = new double[spikes.length][n];
        double[] prev = start != null ? start : new double[n];
        if (prev.length != n) {
            throw new IllegalArgumentException("trace carry has " + prev.length + " entries, spikes have " + n
                    + "; call StdpLearner.reset() when the shape changes");
        }
        for (int t = 0; t < spikes.length; t++) {
            for (int i = 0; i < n; i++) {
                a[t][i] = nextTrace(prev[i], decay, amplitude, spikes[t][i]);
            }
            prev = a[t];
        }
        return a;
    }
}
