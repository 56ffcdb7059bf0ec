package org.snn4j.examples.stdp;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.snn4j.neurons.diehlcook.DiehlCookNetwork;
import org.snn4j.neurons.diehlcook.LabelAssignment;
import org.snn4j.neurons.diehlcook.Presentation;
import org.snn4j.neurons.diehlcook.SimulationMode;

/**
 * Runs an {@link StdpPreset}: unsupervised training (event-driven, a new seeded order each epoch),
 * label assignment on a frozen pass over the first (already shuffled) training images, vote classification of the test images, and a same-sitting
 * speed comparison of the event-driven and dense simulations on a few training images (which also
 * checks that both give identical spikes).
 */
public final class StdpRunner {
    private static final int WARM_UP = 50;
    private final StdpPreset preset;
    private final Consumer<String> log;

    public StdpRunner(StdpPreset preset, Consumer<String> log) {
        this.preset = preset;
        this.log = log;
    }

    /**
     * Samples/s of both simulation paths (training, after warm-up samples: 50 event-driven, 1
     * dense) on the first {@code n} images, and whether their spikes agree.
     */
    public Map<String, Object> compareModes(StdpDigits train, int n) {
        Map<String, Object> r = new LinkedHashMap<>();
        int[][][] spikes = new int[2][][];
        for (SimulationMode mode : SimulationMode.values()) { // JIT warm-up, not timed
            DiehlCookNetwork warm = new DiehlCookNetwork(preset.network(), preset.seed());
            int samples = mode == SimulationMode.DENSE ? 1 : WARM_UP;
            for (int i = 0; i < samples; i++) {
                warm.present(train.pixels()[i % train.size()], true, mode, new SplittableRandom(i), false);
            }
        }
        for (SimulationMode mode : SimulationMode.values()) {
            DiehlCookNetwork net = new DiehlCookNetwork(preset.network(), preset.seed());
            SplittableRandom rng = new SplittableRandom(preset.seed() + 1);
            int[][] s = new int[n][];
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                s[i] = net.present(train.pixels()[i % train.size()], true, mode, rng, true).spikes();
            }
            double sec = (System.nanoTime() - t0) / 1e9;
            spikes[mode.ordinal()] = s;
            String key = mode == SimulationMode.DENSE ? "dense" : "eventDriven";
            r.put(key + "SamplesPerSecond", n / sec);
            log.accept(String.format(java.util.Locale.ROOT, "%s: %d training samples in %.2f s (%.1f samples/s)",
                    key, n, sec, n / sec));
        }
        r.put("comparisonSamples", n);
        r.put("identicalSpikes", Arrays.deepEquals(spikes[0], spikes[1]));
        return r;
    }

    /**
     * A diagnostic, not the paper's read-out: the label of the neuron whose receptive field has the
     * highest cosine similarity to each test image, i.e. how good the learned prototypes are
     * regardless of the spiking competition.
     */
    static double prototypeAccuracy(double[][] w, LabelAssignment labels, StdpDigits test) {
        int n = w[0].length;
        double[] norm = new double[n];
        for (double[] row : w) {
            for (int j = 0; j < n; j++) {
                norm[j] += row[j] * row[j];
            }
        }
        int correct = 0;
        for (int s = 0; s < test.size(); s++) {
            double[] dot = new double[n];
            float[] x = test.pixels()[s];
            for (int i = 0; i < x.length; i++) {
                if (x[i] != 0) {
                    for (int j = 0; j < n; j++) {
                        dot[j] += x[i] * w[i][j];
                    }
                }
            }
            int best = -1;
            for (int j = 0; j < n; j++) {
                if (labels.labels()[j] >= 0 && (best < 0 || dot[j] / Math.sqrt(norm[j]) > dot[best] / Math.sqrt(norm[best]))) {
                    best = j;
                }
            }
            correct += best >= 0 && labels.labels()[best] == test.labels()[s] ? 1 : 0;
        }
        return correct / (double) test.size();
    }

    /** Trains, labels and tests; returns the report fields (without the mode comparison). */
    public Map<String, Object> run(StdpDigits train, StdpDigits test, DiehlCookNetwork net) {
        SplittableRandom rng = new SplittableRandom(preset.seed() + 1);
        Map<String, Object> r = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        long retries = 0;
        long trainSpikes = 0;
        long testSpikes = 0;
        int total = preset.epochs() * train.size();
        int[] order = java.util.stream.IntStream.range(0, train.size()).toArray();
        for (int e = 0, done = 0; e < preset.epochs(); e++) {
            StdpDigits.shuffle(order, preset.seed() + 100 + e);
            for (int k = 0; k < train.size(); k++, done++) {
                int i = order[k];
                Presentation p = net.present(train.pixels()[i], true, SimulationMode.EVENT_DRIVEN, rng, false);
                retries += p.retries();
                trainSpikes += p.total();
                if ((done + 1) % 1000 == 0 || done + 1 == total) {
                    double s = (System.nanoTime() - t0) / 1e9;
                    log.accept(String.format(java.util.Locale.ROOT, "train %d/%d  %.1f s  %.1f samples/s", done + 1, total, s,
                            (done + 1) / s));
                }
            }
        }
        double trainSec = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        int nl = Math.min(preset.labelImages(), train.size());
        int[][] counts = new int[nl][];
        for (int i = 0; i < nl; i++) {
            counts[i] = net.present(train.pixels()[i], false, SimulationMode.EVENT_DRIVEN, rng, false).counts();
        }
        LabelAssignment labels = LabelAssignment.fromResponses(counts, Arrays.copyOf(train.labels(), nl), 10);
        double labelSec = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        int correct = 0;
        int[][] confusion = new int[10][10];
        for (int i = 0; i < test.size(); i++) {
            Presentation p = net.present(test.pixels()[i], false, SimulationMode.EVENT_DRIVEN, rng, false);
            int y = labels.classify(p.counts());
            testSpikes += p.total();
            confusion[test.labels()[i]][y]++;
            correct += y == test.labels()[i] ? 1 : 0;
        }
        double testSec = (System.nanoTime() - t2) / 1e9;
        double acc = correct / (double) test.size();
        log.accept(String.format(java.util.Locale.ROOT, "test accuracy %.4f (%d/%d)", acc, correct, test.size()));
        r.put("testAccuracy", acc);
        r.put("trainSamples", total);
        r.put("labelSamples", nl);
        r.put("testSamples", test.size());
        r.put("trainSeconds", trainSec);
        r.put("labelSeconds", labelSec);
        r.put("testSeconds", testSec);
        r.put("samplesPerSecond", total / trainSec);
        r.put("meanTrainRetries", retries / (double) total);
        r.put("meanTrainSpikes", trainSpikes / (double) total);
        r.put("meanTestSpikes", testSpikes / (double) test.size());
        r.put("neuronsPerClass", labels.neuronsPerClass());
        double[] theta = net.theta();
        r.put("thetaMv", Map.of("min", Arrays.stream(theta).min().orElse(0), "mean", Arrays.stream(theta).average().orElse(0),
                "max", Arrays.stream(theta).max().orElse(0)));
        r.put("prototypeAccuracy", prototypeAccuracy(net.weights(), labels, test));
        r.put("confusion", confusion);
        return r;
    }
}
