package org.snn4j.datasets.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/** Hand-worked single-pixel cases of the contrast-threshold model. */
class PixelModelTest {
    private static final double LN2 = Math.log(2);

    /** A 1×1 sensor with threshold ln 2, no mismatch, no noise, ε ≈ 0, 1 ms steps. */
    private static EmulatorConfig onePixel(long refractoryUs) {
        return new EmulatorConfig(1, 1, 10_000, 1000, LN2, 0, refractoryUs, 0, 1e-9);
    }

    private static Events run(EmulatorConfig config, float... intensities) {
        PixelArray pixels = new PixelArray(config, new float[] {intensities[0]}, new SplittableRandom(0));
        StepEvents step = new StepEvents();
        EventsBuilder out = new EventsBuilder(1, 1, 16);
        for (int k = 1; k < intensities.length; k++) {
            pixels.step((k - 1) * 1000.0, new float[] {intensities[k]}, step);
            step.drainTo(out, (k - 1) * 1000L);
        }
        return out.build();
    }

    @Test
    void brighteningByFourAndAHalfGivesTwoOnEventsAtInterpolatedTimes() {
        // ln 4.5 = 1.504: crossings at ln2/1.504 = 0.4608 and 2 ln2/1.504 = 0.9217 of the step
        Events e = run(onePixel(0), 0.1f, 0.45f);
        assertEquals(2, e.size());
        assertEquals(460, e.t(0));
        assertEquals(921, e.t(1));
        assertEquals(1, e.p(0));
        assertEquals(1, e.p(1));
    }

    @Test
    void dimmingCrossesFromTheMovedReference() {
        // after two ON events the reference is ln 0.1 + 2 ln 2 = ln 0.4; dropping to 0.12 crosses ln 0.2 once,
        // at (ln 0.2 - ln 0.45) / (ln 0.12 - ln 0.45) = 0.6135 of the second step
        Events e = run(onePixel(0), 0.1f, 0.45f, 0.12f);
        assertEquals(3, e.size());
        assertEquals(0, e.p(2));
        assertEquals(1613, e.t(2));
    }

    @Test
    void refractoryPeriodAbsorbsTheSecondCrossing() {
        Events e = run(onePixel(500), 0.1f, 0.45f);
        assertEquals(1, e.size());
        assertEquals(460, e.t(0));
    }

    @Test
    void constantIntensityGivesNothing() {
        assertEquals(0, run(onePixel(0), 0.3f, 0.3f, 0.3f, 0.3f).size());
    }

    @Test
    void smallChangesAccumulateUntilTheyCrossTheThreshold() {
        // 0.1 -> 0.15 -> 0.19 -> 0.21: only the last step passes ln 2 above the start
        Events e = run(onePixel(0), 0.1f, 0.15f, 0.19f, 0.21f);
        assertEquals(1, e.size());
        assertEquals(2000 + (long) Math.floor(1000 * (Math.log(0.2) - Math.log(0.19)) / (Math.log(0.21) - Math.log(0.19))),
                e.t(0));
    }

    @Test
    void poissonSamplerHasTheRightMean() {
        SplittableRandom rng = new SplittableRandom(3);
        for (double lambda : new double[] {0.5, 4, 80}) {
            long sum = 0;
            for (int i = 0; i < 20_000; i++) {
                sum += DvsEmulator.poisson(lambda, rng);
            }
            assertEquals(lambda, sum / 20_000.0, 5 * Math.sqrt(lambda / 20_000.0), "lambda " + lambda);
        }
    }
}
