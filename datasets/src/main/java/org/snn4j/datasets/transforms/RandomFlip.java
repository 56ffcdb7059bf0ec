package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;

/**
 * Random mirror images and polarity inversion, each decided once per sample: with probability
 * {@code horizontal} x → W − 1 − x, then with probability {@code vertical} y → H − 1 − y, then with
 * probability {@code polarity} p → 1 − p. Exactly three uniform doubles are drawn per call, in that
 * order. Note that a horizontal flip in one CIFAR10-DVS orientation is a vertical flip in the other
 * (see the AEDAT 2.0 reader).
 *
 * @param horizontal probability of a left-right mirror, in [0, 1]
 * @param vertical   probability of an up-down mirror, in [0, 1]
 * @param polarity   probability of swapping ON and OFF, in [0, 1]
 */
public record RandomFlip(double horizontal, double vertical, double polarity) implements EventTransform {

    /** Validates the probabilities. */
    public RandomFlip {
        checkProbability("horizontal", horizontal);
        checkProbability("vertical", vertical);
        checkProbability("polarity", polarity);
    }

    /** Left-right mirror with probability {@code probability}, nothing else. */
    public static RandomFlip horizontal(double probability) {
        return new RandomFlip(probability, 0, 0);
    }

    @Override
    public Events apply(Events events, RandomGenerator rng) {
        boolean fx = rng.nextDouble() < horizontal;
        boolean fy = rng.nextDouble() < vertical;
        boolean fp = rng.nextDouble() < polarity;
        if (!fx && !fy && !fp) {
            return events;
        }
        short[] x = events.xs();
        short[] y = events.ys();
        byte[] p = events.ps();
        int w = events.width();
        int h = events.height();
        for (int i = 0; i < x.length; i++) {
            x[i] = fx ? (short) (w - 1 - x[i]) : x[i];
            y[i] = fy ? (short) (h - 1 - y[i]) : y[i];
            p[i] = fp ? (byte) (1 - p[i]) : p[i];
        }
        return new Events(x, y, events.ts(), p, w, h);
    }

    @Override
    public boolean isRandom() {
        return true;
    }

    static void checkProbability(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be a probability in [0, 1], got " + value);
        }
    }
}
