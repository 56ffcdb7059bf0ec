package org.snn4j.neurons.diehlcook;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.neurons.encoding.PoissonProcessEncoder;

/**
 * A Diehl &amp; Cook (2015) network ({@link DiehlCookConfig}) with its learned state: input weights
 * {@code w[i][j]} (input {@code i} → excitatory neuron {@code j}), adaptive thresholds θ, and the
 * membrane state; after each presentation the network rests {@code restMs} without input and then
 * settles to its resting state (potentials at rest, traces and refractory counters cleared).
 *
 * <p>Input spikes come from {@link PoissonProcessEncoder} (rate {@code pixel · maxRateHz}), so the
 * caller's generator fixes them; with the same seed and generator the {@link SimulationMode#EVENT_DRIVEN}
 * and {@link SimulationMode#DENSE} paths give identical spikes, weights and θ.
 */
public final class DiehlCookNetwork {
    private final DiehlCookConfig config;
    private final double[][] weights;
    private final double[] theta;
    private final Simulation sim;
    private final PoissonProcessEncoder encoder;

    /** A fresh network; weights uniform in {@code [0, wInitMax)} from {@code seed}, θ = 0. */
    public DiehlCookNetwork(DiehlCookConfig config, long seed) {
        this.config = config;
        this.weights = new double[config.inputs()][config.excitatory()];
        this.theta = new double[config.excitatory()];
        SplittableRandom rng = new SplittableRandom(seed);
        for (double[] row : weights) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rng.nextDouble() * config.wInitMax();
            }
        }
        this.sim = new Simulation(config);
        this.encoder = new PoissonProcessEncoder(config.dtMs());
    }

    public DiehlCookConfig config() {
        return config;
    }

    /** The input weights {@code [inputs][excitatory]} (live; do not modify). */
    public double[][] weights() {
        return weights;
    }

    /** The adaptive thresholds θ in mV (live; do not modify). */
    public double[] theta() {
        return theta;
    }

    /**
     * Shows one sample: normalise (when learning), present, rest; repeat with a higher rate while
     * the excitatory layer stays below {@code minSpikes}.
     *
     * @param pixels intensities in [0, 1], {@code inputs} of them
     * @param learn  STDP and θ homeostasis on (training) or frozen (labelling, testing)
     * @param mode   how the input synapses are simulated
     * @param rng    draws the Poisson input
     * @param record whether to return the spike log
     */
    public Presentation present(float[] pixels, boolean learn, SimulationMode mode, RandomGenerator rng, boolean record) {
        if (pixels.length != config.inputs()) {
            throw new IllegalArgumentException("Diehl & Cook network has " + config.inputs() + " inputs, sample has "
                    + pixels.length);
        }
        SynapticPath path = SynapticPath.of(mode);
        int retries = 0;
        while (true) {
            if (learn) {
                normalise();
            }
            double rate = config.maxRateHz() + retries * config.rateStepHz();
            int[][] input = poisson(pixels, rate, rng);
            int[] counts = new int[config.excitatory()];
            int[] log = record ? new int[16] : null;
            int logged = 0;
            int n = config.excitatory();
            for (int t = 0; t < input.length; t++) {
                int fired = sim.step(weights, theta, input[t], input[t].length, learn, path);
                int[] s = sim.excSpikes();
                for (int k = 0; k < fired; k++) {
                    counts[s[k]]++;
                    if (record) {
                        if (logged == log.length) {
                            log = Arrays.copyOf(log, 2 * logged);
                        }
                        log[logged++] = t * n + s[k];
                    }
                }
            }
            int[] none = new int[0];
            for (int t = 0; t < config.restSteps(); t++) {
                sim.step(weights, theta, none, 0, learn, path);
            }
            sim.settle();
            Presentation p = new Presentation(counts, retries, record ? Arrays.copyOf(log, logged) : none);
            if (p.total() >= config.minSpikes() || retries >= config.maxRetries()) {
                return p;
            }
            retries++;
        }
    }

    /** Scales each neuron's input weights to sum to {@code normTotal} (Diehl &amp; Cook's normalisation). */
    public void normalise() {
        int n = config.excitatory();
        double[] sum = new double[n];
        for (double[] row : weights) {
            for (int j = 0; j < n; j++) {
                sum[j] += row[j];
            }
        }
        for (double[] row : weights) {
            for (int j = 0; j < n; j++) {
                if (sum[j] > 0) {
                    row[j] *= config.normTotal() / sum[j];
                }
            }
        }
    }

    private int[][] poisson(float[] pixels, double maxRate, RandomGenerator rng) {
        float[] rates = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            rates[i] = (float) (pixels[i] * maxRate);
        }
        int steps = config.presentSteps();
        float[] spikes = encoder.encode(Nd4j.create(rates).castTo(DataType.FLOAT), steps, rng).data().asFloat();
        int[][] out = new int[steps][];
        int[] buf = new int[pixels.length];
        for (int t = 0; t < steps; t++) {
            int c = 0;
            for (int i = 0; i < pixels.length; i++) {
                if (spikes[t * pixels.length + i] != 0) {
                    buf[c++] = i;
                }
            }
            out[t] = Arrays.copyOf(buf, c);
        }
        return out;
    }
}
