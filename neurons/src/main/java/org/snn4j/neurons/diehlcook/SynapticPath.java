package org.snn4j.neurons.diehlcook;

import org.snn4j.neurons.plasticity.WeightDependence;

/**
 * The input synapses' two per-step jobs, {@code w[i][j]} input {@code i} → neuron {@code j}.
 * Implementations must add and update in the same order so that their results are bit-identical.
 */
interface SynapticPath {

    /** {@code current[j] = Σ_i w[i][j]·x_i} over the inputs {@code spikes} (ascending) that fired. */
    void drive(double[][] w, int[] spikes, int count, double[] current);

    /**
     * STDP for one step: depression {@code w ← dep(w, 0, a_post[j])} on every pre spike, then
     * potentiation {@code w ← dep(w, a_pre[i], 0)} on every post spike.
     */
    void learn(double[][] w, int[] pre, int preCount, int[] post, int postCount,
               double[] preTrace, double[] postTrace, WeightDependence dep);

    /** Only the synapses of active neurons. */
    static SynapticPath of(SimulationMode mode) {
        return mode == SimulationMode.DENSE ? new DensePath() : new EventDrivenPath();
    }

    /** Event-driven: touches the rows of the inputs that spiked and the columns of the neurons that fired. */
    final class EventDrivenPath implements SynapticPath {
        @Override
        public void drive(double[][] w, int[] spikes, int count, double[] current) {
            java.util.Arrays.fill(current, 0);
            for (int k = 0; k < count; k++) {
                double[] row = w[spikes[k]];
                for (int j = 0; j < current.length; j++) {
                    current[j] += row[j];
                }
            }
        }

        @Override
        public void learn(double[][] w, int[] pre, int preCount, int[] post, int postCount,
                          double[] preTrace, double[] postTrace, WeightDependence dep) {
            for (int k = 0; k < preCount; k++) {
                double[] row = w[pre[k]];
                for (int j = 0; j < row.length; j++) {
                    row[j] = dep.apply(row[j], 0, postTrace[j]);
                }
            }
            for (int k = 0; k < postCount; k++) {
                int j = post[k];
                for (int i = 0; i < w.length; i++) {
                    w[i][j] = dep.apply(w[i][j], preTrace[i], 0);
                }
            }
        }
    }

    /** Dense reference: every synapse every step, spikes as 0/1 factors. */
    final class DensePath implements SynapticPath {
        private double[] preSpikes = new double[0];
        private double[] postSpikes = new double[0];

        @Override
        public void drive(double[][] w, int[] spikes, int count, double[] current) {
            double[] x = indicator(spikes, count, w.length, true);
            java.util.Arrays.fill(current, 0);
            for (int i = 0; i < w.length; i++) {
                for (int j = 0; j < current.length; j++) {
                    current[j] += w[i][j] * x[i];
                }
            }
        }

        @Override
        public void learn(double[][] w, int[] pre, int preCount, int[] post, int postCount,
                          double[] preTrace, double[] postTrace, WeightDependence dep) {
            double[] x = indicator(pre, preCount, w.length, true);
            double[] s = indicator(post, postCount, postTrace.length, false);
            for (int i = 0; i < w.length; i++) {
                for (int j = 0; j < s.length; j++) {
                    w[i][j] = dep.apply(w[i][j], 0, postTrace[j] * x[i]);
                }
            }
            for (int i = 0; i < w.length; i++) {
                for (int j = 0; j < s.length; j++) {
                    w[i][j] = dep.apply(w[i][j], preTrace[i] * s[j], 0);
                }
            }
        }

        private double[] indicator(int[] idx, int count, int n, boolean pre) {
            double[] v = pre ? preSpikes : postSpikes;
            if (v.length != n) {
                v = new double[n];
            } else {
                java.util.Arrays.fill(v, 0);
            }
            for (int k = 0; k < count; k++) {
                v[idx[k]] = 1;
            }
            if (pre) {
                preSpikes = v;
            } else {
                postSpikes = v;
            }
            return v;
        }
    }
}
