package org.snn4j.conversion.sim;

import java.util.List;

/**
 * What one pass of {@link IfSimulator} over a test set measured.
 *
 * @param timesteps   the T values read
 * @param accuracy    accuracy (0..1) at each T
 * @param diagnostics per T, one entry per layer (empty lists when diagnostics were off)
 * @param samples     number of samples simulated
 * @param seconds     wall time of the simulation
 */
public record SimulationResult(int[] timesteps, double[] accuracy, List<List<LayerDiagnostics>> diagnostics,
                               long samples, double seconds) {

    public SimulationResult {
        timesteps = timesteps.clone();
        accuracy = accuracy.clone();
        diagnostics = List.copyOf(diagnostics);
    }

    @Override
    public int[] timesteps() {
        return timesteps.clone();
    }

    @Override
    public double[] accuracy() {
        return accuracy.clone();
    }

    /** Accuracy at {@code t}, which must be one of {@link #timesteps()}. */
    public double accuracyAt(int t) {
        for (int i = 0; i < timesteps.length; i++) {
            if (timesteps[i] == t) {
                return accuracy[i];
            }
        }
        throw new IllegalArgumentException("T = " + t + " was not simulated; simulated " + java.util.Arrays.toString(timesteps));
    }
}
