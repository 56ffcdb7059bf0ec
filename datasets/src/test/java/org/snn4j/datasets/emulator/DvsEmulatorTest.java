package org.snn4j.datasets.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.snn4j.datasets.Mnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.io.LabeledImages;
import org.snn4j.datasets.transforms.SharedData;

class DvsEmulatorTest {

    static LabeledImages mnistTest() {
        try {
            return Mnist.at(SharedData.root().resolve("mnist")).load(Split.TEST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void sameSeedSameStreamOtherSeedOtherStream() {
        LabeledImages images = mnistTest();
        Events a = EmulatedDatasets.emulate(images, 0, EmulationPreset.nmnist(), 7);
        assertEquals(a, EmulatedDatasets.emulate(images, 0, EmulationPreset.nmnist(), 7));
        assertNotEquals(a, EmulatedDatasets.emulate(images, 0, EmulationPreset.nmnist(), 8));
        assertEquals(a, EmulationPreset.nmnist().emulate(EmulatedDatasets.intensities(images, 0), 28, 28,
                EmulatedDatasets.sampleRandom(7, 0)));
    }

    @Test
    void nmnistStyleStatisticsLookLikeNMnist() {
        LabeledImages images = mnistTest();
        int[] perTenMs = new int[30];
        long on = 0;
        long total = 0;
        for (int i = 0; i < 10; i++) {
            Events e = EmulatedDatasets.emulate(images, i, EmulationPreset.nmnist(), 42);
            assertEquals(34, e.width());
            assertTrue(e.isTimeSorted());
            assertTrue(e.size() > 1000 && e.size() < 8000, "events " + e.size()); // real N-MNIST: 1,069..7,152
            for (int k = 0; k < e.size(); k++) {
                on += e.p(k);
                perTenMs[(int) Math.min(29, e.t(k) / 10_000)]++;
                assertTrue(e.t(k) >= 0 && e.t(k) < 300_000);
            }
            total += e.size();
        }
        double onFraction = on / (double) total;
        assertTrue(onFraction > 0.4 && onFraction < 0.6, "ON fraction " + onFraction);
        double mean = total / 30.0;
        for (int saccade = 0; saccade < 3; saccade++) {
            int inSaccade = 0;
            for (int b = saccade * 10; b < saccade * 10 + 10; b++) {
                inSaccade += perTenMs[b];
            }
            assertTrue(inSaccade > 0.2 * total, "saccade " + saccade + " has " + inSaccade + " of " + total);
            int peak = perTenMs[saccade * 10 + 4] + perTenMs[saccade * 10 + 5];
            assertTrue(peak > 1.5 * mean, "saccade " + saccade + " mid-burst " + peak + " vs mean 10 ms " + mean);
        }
        for (int vertex : new int[] {10, 20}) {
            assertTrue(perTenMs[vertex] < mean / 3, "quiet turn at " + vertex + "0 ms: " + perTenMs[vertex]);
        }
    }

    @Test
    void blankImageGivesOnlyNoiseAtTheConfiguredRate() {
        float[] blank = new float[28 * 28];
        EmulationPreset quiet = EmulationPreset.nmnist().withConfig(EmulatorConfig.nmnist().withNoiseRateHz(0));
        assertEquals(0, quiet.emulate(blank, 28, 28, new SplittableRandom(1)).size());
        EmulationPreset noisy = EmulationPreset.nmnist().withConfig(EmulatorConfig.nmnist().withNoiseRateHz(10));
        Events e = noisy.emulate(blank, 28, 28, new SplittableRandom(1));
        double expected = 10 * 34 * 34 * 0.3; // 3468
        assertEquals(expected, e.size(), 5 * Math.sqrt(expected));
        assertTrue(e.isTimeSorted());
    }

    @Test
    void subPixelMotionMovesAnEdge() {
        // a vertical edge (left half black, right half white) shifted by half a pixel to the right
        float[] edge = new float[8 * 8];
        for (int y = 0; y < 8; y++) {
            for (int x = 4; x < 8; x++) {
                edge[y * 8 + x] = 1f;
            }
        }
        EmulatorConfig config = new EmulatorConfig(8, 8, 10_000, 1000, 0.2, 0, 0, 0, 0.1);
        Motion halfPixel = new SaccadeMotion(new double[] {0, 0.5}, new double[] {0, 0}, 20_000);
        Events e = new DvsEmulator(config).emulate(new ImageScene(edge, 8, 8, 1, 0, 0, 0f), halfPixel, new SplittableRandom(0));
        assertTrue(e.size() > 0);
        for (int k = 0; k < e.size(); k++) {
            assertEquals(4, e.x(k), "only the column the edge enters changes");
            assertEquals(0, e.p(k), "it gets darker");
        }
    }

    @Test
    void cifarStyleRunsOn128By128() {
        float[] image = new float[32 * 32];
        for (int i = 0; i < image.length; i++) {
            image[i] = (float) (0.5 + 0.4 * Math.sin(i % 32 / 3.0) * Math.cos(i / 32 / 4.0));
        }
        EmulationPreset preset = EmulationPreset.cifar10Dvs().withConfig(new EmulatorConfig(128, 128, 200_000, 1000, 0.25,
                0.03, 500, 0.1, 0.1));
        Events e = preset.emulate(image, 32, 32, new SplittableRandom(2));
        assertEquals(128, e.width());
        int on = 0;
        int minX = 128;
        int maxX = 0;
        for (int k = 0; k < e.size(); k++) {
            on += e.p(k);
            minX = Math.min(minX, e.x(k));
            maxX = Math.max(maxX, e.x(k));
        }
        assertTrue(e.size() > 10_000, "events " + e.size());
        assertTrue(on > 0.3 * e.size() && on < 0.7 * e.size());
        assertTrue(minX < 20 && maxX > 108, "the 112 px image spans the sensor: " + minX + ".." + maxX);
    }

    @Test
    void motionsStartAtRestAndFollowTheirPaths() {
        SaccadeMotion s = SaccadeMotion.nmnist(); // (2, 1.5) -> (0, -1.5) -> (-2, 1.5) -> back
        assertEquals(2, s.dx(0));
        assertEquals(1.5, s.dy(0));
        assertEquals(1, s.dx(50_000), 1e-12);
        assertEquals(0, s.dy(50_000), 1e-12);
        assertEquals(0, s.dx(100_000), 1e-12);
        assertEquals(-1.5, s.dy(100_000), 1e-12);
        assertEquals(-1, s.dx(150_000), 1e-12);
        assertEquals(-2 + 4 * (1 - Math.cos(Math.PI * 0.25)) / 2, s.dx(225_000), 1e-12);
        assertEquals(2, s.dx(300_000));
        assertEquals(3, s.saccades());
        CircularMotion c = new CircularMotion(3, 400, 0);
        assertEquals(0, c.dx(0), 1e-12);
        assertEquals(-3, c.dx(100), 1e-12);
        assertEquals(3, c.dy(100), 1e-12);
    }

    @Test
    void configValidationNamesTheFieldAndRange() {
        assertEquals("contrastThreshold must be (0.01, 10), got 0.0", assertThrows(IllegalArgumentException.class,
                () -> new EmulatorConfig(34, 34, 300_000, 1000, 0, 0.03, 500, 0.2, 0.1)).getMessage());
        assertEquals("durationUs must be >= dtUs (1000), got 10", assertThrows(IllegalArgumentException.class,
                () -> new EmulatorConfig(34, 34, 10, 1000, 0.3, 0.03, 500, 0.2, 0.1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SaccadeMotion(new double[] {0}, new double[] {0}, 1));
        assertThrows(IllegalArgumentException.class, () -> new ImageScene(new float[3], 2, 2, 1, 0, 0, 0));
    }
}
