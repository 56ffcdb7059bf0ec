package org.snn4j.conversion.ttfs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exact event-driven simulation of an LC-TTFS network (Yang et al. 2023), one spike per neuron.
 *
 * <pre>
 * input:    t^0_j = 1 − x_j                      (x ∈ [0, 1]; layer 0 fires in [0, 1])
 * membrane: V^l_i(t) = Σ_{j: t^{l−1}_j ≤ t} w_ij · (t − t^{l−1}_j)       (Yang et al. 2023, eq. 4)
 * fire:     the first t in [l, l+1) with V^l_i(t) ≥ θ = 1; none → t = l + 1
 * </pre>
 * The window is the dynamic threshold: infinite before l, θ in [l, l+1), and the forced spike at
 * l+1 (eq. 17's {@code F^l(x) = l + 1 − y(l + 1 − x)}, a clamp of the crossing time to
 * {@code [l, l+1]}). V is piecewise linear, so each neuron walks the input spikes in time order
 * keeping slope {@code S = Σ w} and offset {@code C = Σ w·t_j} of the arrived inputs
 * ({@code V(t) = S·t − C}) and solves for the crossing inside each inter-spike interval. With
 * {@code Σ_j w_ij = 1} the paper derives {@code t^l_i = l + 1 − a^l_i} (eq. 19), a = the ReLU1 ANN's
 * activation.
 */
public final class TtfsSimulator {
    /** The threshold θ of LC-TTFS. */
    public static final double THRESHOLD = 1.0;

    private TtfsSimulator() {
    }

    /** Spike times of every layer for one input {@code x} ({@code times[0]} is the input layer). */
    public static List<double[]> spikeTimes(TtfsNetwork net, double[] x) {
        if (x.length != net.inputs()) {
            throw new IllegalArgumentException("TTFS input needs " + net.inputs() + " values, got " + x.length);
        }
        List<double[]> times = new ArrayList<>();
        double[] t = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            if (!(x[j] >= 0 && x[j] <= 1)) {
                throw new IllegalArgumentException("TTFS input " + j + " = " + x[j] + " must be in [0, 1]");
            }
            t[j] = 1 - x[j];
        }
        times.add(t);
        for (int l = 1; l <= net.weights().size(); l++) {
            t = layer(net.weights().get(l - 1), t, l);
            times.add(t);
        }
        return times;
    }

    /** The predicted class: the output neuron that fires first (lowest index on a tie). */
    public static int predict(TtfsNetwork net, double[] x) {
        List<double[]> times = spikeTimes(net, x);
        double[] out = times.get(times.size() - 1);
        int best = 0;
        for (int i = 1; i < out.length; i++) {
            if (out[i] < out[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Fraction of samples of {@code x [N, …]} (values in [0, 1]) whose first output spike is the label. */
    public static double accuracy(TtfsNetwork net, org.nd4j.linalg.api.ndarray.INDArray x, int[] labels) {
        double[][] rows = x.reshape(x.size(0), x.length() / x.size(0)).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE)
                .toDoubleMatrix();
        long correct = IntStream.range(0, rows.length).parallel()
                .filter(i -> predict(net, rows[i]) == labels[i]).count();
        return (double) correct / rows.length;
    }

    /** Spike times of layer {@code l} (window [l, l+1)) given its inputs' spike times. */
    static double[] layer(double[][] w, double[] inputTimes, int l) {
        Integer[] order = IntStream.range(0, inputTimes.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(j -> inputTimes[j]));
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = fire(w[i], inputTimes, order, l, l + 1.0);
        }
        return out;
    }

    /** The first crossing of θ inside {@code [start, end)}, or {@code end}. */
    private static double fire(double[] w, double[] t, Integer[] order, double start, double end) {
        double slope = 0;
        double offset = 0;
        for (int k = 0; k < order.length; k++) {
            int j = order[k];
            slope += w[j];
            offset += w[j] * t[j];
            double from = Math.max(t[j], start);
            double to = k + 1 < order.length ? Math.min(t[order[k + 1]], end) : end;
            if (from >= to) {
                continue;
            }
            double crossing = crossing(slope, offset, from);
            if (crossing < to) {
                return crossing;
            }
        }
        return end;
    }

    /** The first t ≥ from with S·t − C ≥ θ, or +∞. */
    private static double crossing(double slope, double offset, double from) {
        if (slope * from - offset >= THRESHOLD) {
            return from;
        }
        return slope > 0 ? (THRESHOLD + offset) / slope : Double.POSITIVE_INFINITY;
    }
}
