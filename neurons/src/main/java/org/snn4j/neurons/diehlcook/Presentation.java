package org.snn4j.neurons.diehlcook;

/**
 * The response of a {@link DiehlCookNetwork} to one sample: spike counts of the excitatory neurons
 * during the last (accepted) presentation, how many silent presentations were repeated, and, if
 * asked for, every excitatory spike of the last presentation as {@code step · N + neuron}.
 *
 * @param counts  spikes per excitatory neuron
 * @param retries repeats with a raised rate
 * @param spikes  packed spike log, or an empty array
 */
public record Presentation(int[] counts, int retries, int[] spikes) {

    /** Total excitatory spikes. */
    public int total() {
        int s = 0;
        for (int c : counts) {
            s += c;
        }
        return s;
    }
}
