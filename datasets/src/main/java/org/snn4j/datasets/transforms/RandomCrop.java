package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;

/**
 * Keeps a {@code width × height} window at a random position: the top-left corner is drawn
 * uniformly from {0..W − width} × {0..H − height} (x first, then y); events inside are shifted to
 * the new origin, the rest dropped.
 *
 * @param width  crop width in pixels, 1..W
 * @param height crop height in pixels, 1..H
 */
public record RandomCrop(int width, int height) implements EventTransform {

    /** Validates the size (the sensor fit is checked per call). */
    public RandomCrop {
        EventShift.checkSize(width, height);
    }

    @Override
    public Events apply(Events events, RandomGenerator rng) {
        EventShift.checkFits("RandomCrop", width, height, events);
        int ox = rng.nextInt(events.width() - width + 1);
        int oy = rng.nextInt(events.height() - height + 1);
        return EventShift.shift(events, -ox, -oy, width, height);
    }

    @Override
    public boolean isRandom() {
        return true;
    }
}
