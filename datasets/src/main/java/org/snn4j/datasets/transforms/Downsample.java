package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;

/**
 * Spatial downsampling by an integer factor f: (x, y) → (⌊x/f⌋, ⌊y/f⌋) on a sensor of
 * ⌈W/f⌉ × ⌈H/f⌉. Every event is kept (so frame counts add up over each f×f block); time and
 * polarity are unchanged. For example 128×128 DVS data with f = 4 becomes 32×32.
 *
 * @param factor the spatial factor f, at least 1
 */
public record Downsample(int factor) implements EventTransform {

    /** Validates the factor. */
    public Downsample {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be >= 1, got " + factor);
        }
    }

    @Override
    public Events apply(Events events, RandomGenerator rng) {
        if (factor == 1) {
            return events;
        }
        short[] x = events.xs();
        short[] y = events.ys();
        for (int i = 0; i < x.length; i++) {
            x[i] = (short) (x[i] / factor);
            y[i] = (short) (y[i] / factor);
        }
        int w = (events.width() + factor - 1) / factor;
        int h = (events.height() + factor - 1) / factor;
        return new Events(x, y, events.ts(), events.ps(), w, h);
    }
}
