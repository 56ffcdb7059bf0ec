package org.snn4j.conversion.sim;

import java.util.Arrays;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetMode;

/**
 * How {@link IfSimulator} runs a converted network.
 *
 * @param reset       {@link ResetMode#SUBTRACT} (default; keeps the overshoot) or {@link ResetMode#TO_VALUE}
 *                    (reset to 0, loses it; rates fall below a/λ) — Rueckauer et al. 2017, eqs. 2–3
 * @param input       constant current or Poisson spikes
 * @param readout     {@link Readout#SPIKES}: arg-max of the output neurons' spike counts (the
 *                    lowest class wins a tie); {@link Readout#MEMBRANE}: arg-max of the accumulated
 *                    input {@code Σ_t z^L(t)} of non-spiking output neurons (Rueckauer et al. 2017)
 * @param timesteps   the T at which accuracy (and diagnostics) are read, strictly increasing, each
 *                    ≥ 1; one simulation of {@code max(timesteps)} steps serves them all
 * @param seed        seed of the Poisson generator (unused for constant input)
 * @param diagnostics whether to measure the per-layer firing-rate error and residual V(T)/T
 */
public record SimulationConfig(ResetMode reset, InputCoding input, Readout readout, int[] timesteps, long seed,
                               boolean diagnostics) {

    public SimulationConfig {
        if (reset == null || input == null || readout == null) {
            throw new IllegalArgumentException("SimulationConfig.reset, input and readout are required");
        }
        if (reset == ResetMode.NONE) {
            throw new IllegalArgumentException("SimulationConfig.reset must be SUBTRACT or TO_VALUE (to 0), got NONE");
        }
        if (timesteps == null || timesteps.length == 0) {
            throw new IllegalArgumentException("SimulationConfig.timesteps must list at least one T >= 1");
        }
        timesteps = timesteps.clone();
        for (int i = 0; i < timesteps.length; i++) {
            if (timesteps[i] < 1 || (i > 0 && timesteps[i] <= timesteps[i - 1])) {
                throw new IllegalArgumentException("SimulationConfig.timesteps must be strictly increasing values >= 1,"
                        + " got " + Arrays.toString(timesteps));
            }
        }
    }

    /** Subtraction reset, constant input, spike-count readout, diagnostics on. */
    public static SimulationConfig defaults(int... timesteps) {
        return new SimulationConfig(ResetMode.SUBTRACT, InputCoding.CONSTANT, Readout.SPIKES, timesteps, 0,
                true);
    }

    @Override
    public int[] timesteps() {
        return timesteps.clone();
    }

    /** The number of simulated steps, {@code max(timesteps)}. */
    public int maxSteps() {
        return timesteps[timesteps.length - 1];
    }

    public SimulationConfig withReset(ResetMode v) {
        return new SimulationConfig(v, input, readout, timesteps, seed, diagnostics);
    }

    public SimulationConfig withInput(InputCoding v, long newSeed) {
        return new SimulationConfig(reset, v, readout, timesteps, newSeed, diagnostics);
    }

    public SimulationConfig withReadout(Readout v) {
        return new SimulationConfig(reset, input, v, timesteps, seed, diagnostics);
    }

    public SimulationConfig withDiagnostics(boolean v) {
        return new SimulationConfig(reset, input, readout, timesteps, seed, v);
    }

    /** Parses a comma-separated list such as {@code 16,32,64,128}. */
    public static int[] parseTimesteps(String text) {
        try {
            return Arrays.stream(text.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--timesteps must be a comma-separated list of integers such as "
                    + "16,32,64,128, got '" + text + "'");
        }
    }
}
