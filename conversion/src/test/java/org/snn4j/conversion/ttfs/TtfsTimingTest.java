package org.snn4j.conversion.ttfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.nn.Sequential;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.conversion.UnsupportedLayerException;

/**
 * LC-TTFS (Yang et al. 2023, eq. 19): on random constrained networks every spike time is
 * {@code t^l_i = l + 1 − a^l_i}.
 */
class TtfsTimingTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void spikeTimesEncodeTheReluOneActivations(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] sizes = {12, 9 + rng.nextInt(6), 7, 5};
        Sequential ann = (Sequential) LcTtfs.spec(sizes).build(rng);
        for (var p : ann.parameters()) {   // wider weights than the default init, so activations clip at both ends
            p.value().muli(6.0);
        }
        ann.castTo(DataType.DOUBLE).eval();
        TtfsNetwork net = TtfsNetwork.of(ann);
        for (double[][] w : net.weights()) {
            for (double[] row : w) {
                assertEquals(1.0, java.util.Arrays.stream(row).sum(), 1e-12, "Σ_j w_ij = 1");
            }
        }
        int clippedLow = 0;
        int clippedHigh = 0;
        for (int sample = 0; sample < 20; sample++) {
            double[] x = new double[sizes[0]];
            for (int j = 0; j < x.length; j++) {
                x[j] = rng.nextDouble();
            }
            List<double[]> times = TtfsSimulator.spikeTimes(net, x);
            List<INDArray> acts = activations(ann, x);
            for (int l = 1; l < times.size(); l++) {
                double[] a = acts.get(l - 1).reshape(-1).toDoubleVector();
                for (int i = 0; i < a.length; i++) {
                    assertEquals(l + 1 - a[i], times.get(l)[i], 1e-9, "layer " + l + " neuron " + i);
                    assertTrue(times.get(l)[i] >= l && times.get(l)[i] <= l + 1);
                    clippedLow += a[i] == 0 ? 1 : 0;
                    clippedHigh += a[i] == 1 ? 1 : 0;
                }
            }
        }
        assertTrue(clippedLow > 0 && clippedHigh > 0, "both clipping regimes must be exercised");
    }

    @Test
    void predictsTheFirstOutputSpike() {
        // one layer, 2 inputs -> 2 outputs, W = [[1, 0], [0, 1]] (rows sum to 1): x = [0.2, 0.7]
        TtfsNetwork net = new TtfsNetwork(List.<double[][]>of(new double[][] {{1, 0}, {0, 1}}));
        List<double[]> t = TtfsSimulator.spikeTimes(net, new double[] {0.2, 0.7});
        assertEquals(0.8, t.get(0)[0], 1e-12);
        assertEquals(1.8, t.get(1)[0], 1e-12);   // V = t − 0.8 reaches 1 at 1.8 = 2 − 0.2
        assertEquals(1.3, t.get(1)[1], 1e-12);
        assertEquals(1, TtfsSimulator.predict(net, new double[] {0.2, 0.7}));
    }

    @Test
    void rejectsLayersOutsideTheConstraints() {
        Module ann = new SequentialSpec(new LinearSpec(4, 3), new ReLUSpec()).build(new SplittableRandom(0));
        UnsupportedLayerException e = assertThrows(UnsupportedLayerException.class, () -> TtfsNetwork.of(ann));
        assertEquals("layer 0 ('linear'): LC-TTFS converts [flatten] then pairs of unit-sum-linear and relu1 "
                + "(LC-TTFS needs Σ_j w_ij = 1, ReLU1, no bias, no BatchNorm)", e.getMessage());
    }

    private static List<INDArray> activations(Sequential ann, double[] x) {
        List<INDArray> out = new java.util.ArrayList<>();
        try (GradMode.Scope s = GradMode.noGrad()) {
            Tensor h = Tensor.constant(Nd4j.createFromArray(new double[][] {x}));
            for (int i = 0; i < ann.size(); i++) {
                h = ann.get(i).forward(h);
                if (ann.get(i) instanceof ClippedReLU) {
                    out.add(h.value());
                }
            }
        }
        return out;
    }
}
