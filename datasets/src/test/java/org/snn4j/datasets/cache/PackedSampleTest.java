package org.snn4j.datasets.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PackedSampleTest {
    private static float[] roundTrip(float[] data) {
        PackedSample p = PackedSample.pack(data, data.length);
        float[] out = new float[data.length + 3];
        Arrays.fill(out, 7f);
        p.expand(out, data.length);
        assertArrayEquals(Arrays.copyOf(out, data.length), data);
        assertArrayEquals(new float[] {7f, 7f, 7f}, Arrays.copyOfRange(out, data.length, data.length + 3),
                "nothing past the sample is written");
        return out;
    }

    @Test
    void everyFormComesBackExactly() {
        roundTrip(new float[] {0, 1, 0, 1, 1, 0});            // dense whole numbers as bytes
        roundTrip(new float[] {1, 2, 3, 4, 5, 255});          // dense counts up to 255
        roundTrip(new float[] {1, 2, 3, 4, 5, 256});          // 256 does not fit a byte: floats
        roundTrip(new float[] {0.5f, -1, 3, Float.NaN, 2, 1}); // dense floats
        roundTrip(new float[] {0, 2.5f, 0, 0, 0, 0});         // sparse floats
        roundTrip(new float[] {0, 0, 0, -3, 0, 0, 0, 0});     // negative values: floats
        roundTrip(new float[] {0, 0, 0, 0, 0, 0});            // all zero
        roundTrip(new float[] {0, -0f, 0, 0, 0, 0, 0, 0});    // a sparse -0 comes back as -0
        roundTrip(new float[] {1, -0f, 2, 3, 0, 1});          // a dense -0 too
        roundTrip(new float[0]);
    }

    @Test
    void gapsOfEveryVarintLengthAndLastEntry() {
        float[] data = new float[3_000_000];
        int[] at = {0, 1, 128, 128 + 129, 20_000, 20_000 + 16_384, 2_500_000, data.length - 1};
        for (int k = 0; k < at.length; k++) {
            data[at[k]] = k % 2 == 0 ? 1f : 200f;
        }
        roundTrip(data);
    }

    @Test
    void randomSparseSamplesOfEachValueKind() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 60; trial++) {
            float[] data = new float[1 + rng.nextInt(5000)];
            double density = rng.nextDouble() * 0.7;
            int kind = trial % 3;
            for (int k = 0; k < data.length; k++) {
                if (rng.nextDouble() < density) {
                    data[k] = kind == 0 ? 1f : kind == 1 ? 1 + rng.nextInt(255) : (float) rng.nextGaussian();
                }
            }
            roundTrip(data);
        }
    }

    @Test
    void eventCountFramesTakeAboutTwoBytesPerNonZero() {
        // 10 frames of 2x34x34 with ~8 % non-zero event counts, like a real N-MNIST recording
        SplittableRandom rng = new SplittableRandom(9);
        float[] data = new float[10 * 2 * 34 * 34];
        int nonZero = 0;
        for (int k = 0; k < data.length; k++) {
            if (rng.nextDouble() < 0.08) {
                data[k] = 1 + rng.nextInt(4);
                nonZero++;
            }
        }
        long bytes = PackedSample.pack(data, data.length).bytes();
        assertTrue(bytes < 2.2 * nonZero + 100, bytes + " bytes for " + nonZero + " non-zeros");
        float[] spikes = new float[data.length];
        for (int k = 0; k < data.length; k++) {
            spikes[k] = data[k] != 0 ? 1f : 0f;
        }
        long spikeBytes = PackedSample.pack(spikes, spikes.length).bytes();
        assertTrue(spikeBytes < 1.2 * nonZero + 100, spikeBytes + " bytes for " + nonZero + " spikes");
    }
}
