package org.snn4j.neurons.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.nn.Conv2d;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;

/** Online traces equal the pair sum on random spike trains; single-step equals multi-step; Conv2d. */
class StdpEquivalenceTest {
    static final StdpWindow WINDOW = new StdpWindow(0.3, -0.2, 4, 6);
    static final WeightDependence FREE = new AdditiveHardBound(-1e6, 1e6);

    static INDArray spikes(long seed, double p, long... shape) {
        SplittableRandom r = new SplittableRandom(seed);
        INDArray s = Nd4j.zeros(DataType.FLOAT, shape);
        for (long i = 0; i < s.length(); i++) {
            s.putScalar(i, r.nextDouble() < p ? 1 : 0);
        }
        return s;
    }

    static Linear linear(int in, int out) {
        Linear l = new Linear(new LinearSpec(in, out, false), new SplittableRandom(3));
        l.castTo(DataType.DOUBLE);
        return l;
    }

    @Test
    void onlineTraceEqualsPairSumOnRandomTrains() {
        INDArray pre = spikes(1, 0.3, 25, 3, 5);
        INDArray post = spikes(2, 0.3, 25, 3, 4);
        INDArray online = new StdpLearner(new TraceStdp(WINDOW, FREE), linear(5, 4), 0.5).sequence(pre, post);
        INDArray pairs = new StdpLearner(new PairStdp(WINDOW, FREE), linear(5, 4), 0.5).sequence(pre, post);
        assertTrue(online.amaxNumber().doubleValue() > 0.1, "non-trivial Δw");
        assertEquals(0, online.sub(pairs).amaxNumber().doubleValue(), 1e-9);
        // and the literal pair sum, synapse by synapse, spike times in ms
        PairStdp rule = new PairStdp(WINDOW, FREE);
        for (int o = 0; o < 4; o++) {
            for (int i = 0; i < 5; i++) {
                double sum = 0;
                for (int b = 0; b < 3; b++) {
                    sum += rule.deltaW(times(pre, b, i, 0.5), times(post, b, o, 0.5));
                }
                assertEquals(sum, online.getDouble(o, i), 1e-9);
            }
        }
    }

    @Test
    void singleStepsEqualTheSequence() {
        INDArray pre = spikes(3, 0.4, 12, 2, 5);
        INDArray post = spikes(4, 0.4, 12, 2, 4);
        for (PlasticityRule rule : new PlasticityRule[] {new TraceStdp(WINDOW, FREE), new NearestStdp(WINDOW, FREE)}) {
            INDArray whole = new StdpLearner(rule, linear(5, 4), 1).sequence(pre, post);
            Linear l = linear(5, 4);
            StdpLearner stepper = new StdpLearner(rule, l, 1);
            for (int t = 0; t < 12; t++) {
                stepper.step(pre.slice(t), post.slice(t));
            }
            assertEquals(0, whole.add(l.weight().grad()).amaxNumber().doubleValue(), 1e-9, rule.toString());
        }
    }

    @Test
    void conv2dSumsTheWindowOverKernelPositions() {
        Conv2dSpec spec = new Conv2dSpec(2, 3, 3, 1, 1, 1, false);
        Module conv = new Conv2d(spec, new SplittableRandom(5));
        conv.castTo(DataType.DOUBLE);
        int t = 6;
        INDArray pre = spikes(5, 0.3, t, 2, 2, 4, 4);
        INDArray post = spikes(6, 0.3, t, 2, 3, 4, 4);
        INDArray dw = new StdpLearner(new TraceStdp(WINDOW, FREE), conv, 1).sequence(pre, post);
        PairStdp rule = new PairStdp(WINDOW, FREE);
        for (int o = 0; o < 3; o++) {
            for (int c = 0; c < 2; c++) {
                for (int p = 0; p < 3; p++) {
                    for (int q = 0; q < 3; q++) {
                        double sum = 0;
                        for (int b = 0; b < 2; b++) {
                            for (int i = 0; i < 4; i++) {
                                for (int j = 0; j < 4; j++) {
                                    int y = i - 1 + p;
                                    int x = j - 1 + q;
                                    if (y >= 0 && y < 4 && x >= 0 && x < 4) {
                                        sum += rule.deltaW(times(pre, b, c, y, x), times(post, b, o, i, j));
                                    }
                                }
                            }
                        }
                        assertEquals(sum, dw.getDouble(o, c, p, q), 1e-9);
                    }
                }
            }
        }
    }

    /** Spike times in ms of one unit of a [T, ...] spike tensor. */
    static double[] times(INDArray s, long... unit) {
        return times(s, unit, 1.0);
    }

    static double[] times(INDArray s, long b, long i, double dtMs) {
        return times(s, new long[] {b, i}, dtMs);
    }

    private static double[] times(INDArray s, long[] unit, double dtMs) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        long[] idx = new long[unit.length + 1];
        System.arraycopy(unit, 0, idx, 1, unit.length);
        for (int t = 0; t < s.size(0); t++) {
            idx[0] = t;
            if (s.getDouble(idx) != 0) {
                out.add(t * dtMs);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
