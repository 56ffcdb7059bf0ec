package org.snn4j.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Determinism: the same seed and thread count give the same losses, bit for bit, over several
 * LIF-MLP training steps (forward, fused LIF kernels on the fork-join pool, BPTT, Adam); another seed
 * gives other losses. Tiny sizes of the {@code lif_mlp.py} recipe (T = 4, B = 6, 24 hidden).
 */
class LifMlpDeterminismTest {
    private static double[] losses(long seed) {
        LifMlpWorkload w = new LifMlpWorkload(seed, 4, 6, 24);
        double[] out = new double[4];
        for (int i = 0; i < out.length; i++) {
            out[i] = w.step();
        }
        return out;
    }

    @Test
    void sameSeedSameLosses() {
        double[] a = losses(11);
        double[] b = losses(11);
        assertArrayEquals(a, b, 0.0, "losses of two runs with seed 11");
        assertFalse(Arrays.equals(a, losses(12)), "seed 12 should give other losses than seed 11");
    }

    /** The phase-timed step ({@code -Dsnn4j.bench.phases=true}) trains exactly like {@link LifMlpWorkload#step()}. */
    @Test
    void phaseTimedStepsTrainLikeSteps() {
        LifMlpWorkload stepped = new LifMlpWorkload(11, 4, 6, 24);
        LifMlpWorkload phased = new LifMlpWorkload(11, 4, 6, 24);
        for (int i = 0; i < 3; i++) {
            stepped.step();
            double[] ms = phased.phases();
            assertEquals(LifMlpWorkload.PHASES.length, ms.length);
            for (double m : ms) {
                assertTrue(m >= 0, "phase times are non-negative: " + Arrays.toString(ms));
            }
        }
        assertEquals(stepped.step(), phased.step(), 0.0, "the fourth step's loss after three plain and three phase-timed steps");
    }
}
