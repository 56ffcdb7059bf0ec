package org.snn4j.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The van Rossum metric: closed forms, symmetry, identity and shapes. */
class VanRossumDistanceTest {
    private static final VanRossumDistance VR = new VanRossumDistance(5, 1, 1e-12);

    private static double[] spikesAt(int length, int... steps) {
        double[] v = new double[length];
        for (int t : steps) {
            v[t] = 1;
        }
        return v;
    }

    @Test
    void loneSpikeByHand() {
        // D² = (Ts/τ) Σ_n e^(−2n Ts/τ) = 0.2 / (1 − e^(−0.4))  (→ ½ as Ts/τ → 0)
        double d = VR.distance(spikesAt(200, 0), new double[200]);
        assertEquals(0.6066489563439471, d * d, 1e-12);
    }

    @Test
    void twoSpikesThreeStepsApartByHand() {
        assertEquals(0.7398823555956278, VR.distance(spikesAt(60, 2), spikesAt(60, 5)), 1e-12);
    }

    @Test
    void identicalTrainsAreAtZeroAndTheMetricIsSymmetric() {
        double[] a = spikesAt(30, 1, 4, 9, 20);
        double[] b = spikesAt(30, 2, 4, 15);
        assertEquals(0, VR.distance(a, a.clone()), 0);
        assertEquals(VR.distance(a, b), VR.distance(b, a), 1e-15);
    }

    @Test
    void oneDistancePerSampleAndNeuron() {
        INDArray out = Trains.bernoulli(1, 0.3, 16, 2, 3);
        INDArray tgt = Trains.bernoulli(2, 0.3, 16, 2, 3);
        INDArray d = VR.distances(out, tgt);
        assertArrayEquals(new long[] {2, 3}, d.shape());
        for (int b = 0; b < 2; b++) {
            for (int c = 0; c < 3; c++) {
                double[] x = new double[16];
                double[] y = new double[16];
                for (int t = 0; t < 16; t++) {
                    x[t] = out.getDouble(t, b, c);
                    y[t] = tgt.getDouble(t, b, c);
                }
                assertEquals(VR.distance(x, y), d.getDouble(b, c), 1e-12);
            }
        }
    }

    @Test
    void mismatchedTrainsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VR.distance(new double[3], new double[4]));
        assertEquals("van Rossum: trains must have the same length >= 1, got 3 and 4", e.getMessage());
        assertEquals("tauMs must be in (0, inf) ms, got -5.0",
                assertThrows(IllegalArgumentException.class, () -> new VanRossumDistance(-5, 1)).getMessage());
    }
}
