package org.snn4j.datasets.loader;

import java.util.random.RandomGenerator;

/**
 * Bernoulli rate code for static images: at every step t and pixel i, s[t][i] = 1 with
 * probability min(1, gain · x[i]) (x in [0, 1]), else 0; one uniform double is drawn per output
 * element in C order. The expected spike count of a pixel over T steps is T · min(1, gain · x).
 * This is the usual input encoding of rate-coded SNN training on MNIST (e.g. Diehl &amp; Cook 2015
 * use Poisson rates proportional to intensity).
 *
 * @param timeSteps T, at least 1
 * @param gain      probability per step of a full-intensity pixel, in (0, 1]
 */
public record RateEncoder(int timeSteps, double gain) implements ImageEncoder {

    /** Validates the fields. */
    public RateEncoder {
        if (timeSteps < 1) {
            throw new IllegalArgumentException("timeSteps must be >= 1, got " + timeSteps);
        }
        if (!(gain > 0 && gain <= 1)) {
            throw new IllegalArgumentException("gain must be in (0, 1], got " + gain);
        }
    }

    @Override
    public void encode(float[] image, float[] dest, RandomGenerator rng) {
        int n = image.length;
        for (int t = 0; t < timeSteps; t++) {
            for (int i = 0; i < n; i++) {
                double p = Math.min(1.0, gain * image[i]);
                dest[t * n + i] = rng.nextDouble() < p ? 1f : 0f;
            }
        }
    }
}
