package org.snn4j.neurons.diehlcook;

/**
 * Diehl &amp; Cook's (2015) read-out: each excitatory neuron is labelled with the class for which
 * its mean response over the labelling samples is highest; a sample is classified as the class
 * whose labelled neurons have the highest mean spike count (neurons that never fired keep label
 * {@code −1} and do not vote).
 *
 * @param labels class per excitatory neuron, or −1
 * @param classes number of classes
 */
public record LabelAssignment(int[] labels, int classes) {

    /**
     * Labels from responses.
     *
     * @param counts  spike counts {@code [sample][neuron]}
     * @param targets class per sample, in {@code [0, classes)}
     */
    public static LabelAssignment fromResponses(int[][] counts, int[] targets, int classes) {
        int n = counts.length == 0 ? 0 : counts[0].length;
        double[][] sum = new double[classes][n];
        int[] per = new int[classes];
        for (int s = 0; s < counts.length; s++) {
            per[targets[s]]++;
            for (int j = 0; j < n; j++) {
                sum[targets[s]][j] += counts[s][j];
            }
        }
        int[] labels = new int[n];
        for (int j = 0; j < n; j++) {
            labels[j] = -1;
            double best = 0;
            for (int k = 0; k < classes; k++) {
                double mean = per[k] == 0 ? 0 : sum[k][j] / per[k];
                if (mean > best) {
                    best = mean;
                    labels[j] = k;
                }
            }
        }
        return new LabelAssignment(labels, classes);
    }

    /** The voted class of one response ({@code 0} for a silent one with no labelled neuron firing). */
    public int classify(int[] counts) {
        double[] sum = new double[classes];
        int[] per = new int[classes];
        for (int j = 0; j < counts.length; j++) {
            if (labels[j] >= 0) {
                sum[labels[j]] += counts[j];
                per[labels[j]]++;
            }
        }
        int best = 0;
        double bestRate = -1;
        for (int k = 0; k < classes; k++) {
            double rate = per[k] == 0 ? -1 : sum[k] / per[k];
            if (rate > bestRate) {
                bestRate = rate;
                best = k;
            }
        }
        return best;
    }

    /** Neurons per class (unlabelled ones not counted). */
    public int[] neuronsPerClass() {
        int[] per = new int[classes];
        for (int l : labels) {
            if (l >= 0) {
                per[l]++;
            }
        }
        return per;
    }
}
