package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;

/**
 * SLAYER's N-MNIST augmentation: the whole sample is translated by one random integer offset
 * (dx, dy), each drawn uniformly from {−maxShiftPx..maxShiftPx} (dx first). Events that leave the
 * sensor are dropped; the sensor size is unchanged. SLAYER uses ±8 px on N-MNIST.
 *
 * @param maxShiftPx largest shift in pixels along each axis, at least 0
 */
public record SpatialJitter(int maxShiftPx) implements EventTransform {

    /** Validates the range. */
    public SpatialJitter {
        if (maxShiftPx < 0) {
            throw new IllegalArgumentException("maxShiftPx must be >= 0, got " + maxShiftPx);
        }
    }

    @Override
    public Events apply(Events events, RandomGenerator rng) {
        int dx = rng.nextInt(2 * maxShiftPx + 1) - maxShiftPx;
        int dy = rng.nextInt(2 * maxShiftPx + 1) - maxShiftPx;
        return EventShift.shift(events, dx, dy, events.width(), events.height());
    }

    @Override
    public boolean isRandom() {
        return true;
    }
}
