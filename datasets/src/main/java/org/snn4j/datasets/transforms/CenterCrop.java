package org.snn4j.datasets.transforms;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;

/**
 * Keeps the central {@code width × height} window of the sensor: the window's top-left corner is
 * (⌊(W − width)/2⌋, ⌊(H − height)/2⌋); events inside it are shifted to the new origin, the rest
 * are dropped. The output sensor is {@code width × height}.
 *
 * @param width  crop width in pixels, 1..W
 * @param height crop height in pixels, 1..H
 */
public record CenterCrop(int width, int height) implements EventTransform {

    /** Validates the size (the sensor fit is checked per call). */
    public CenterCrop {
        EventShift.checkSize(width, height);
    }

    @Override
    public Events apply(Events events, RandomGenerator rng) {
        EventShift.checkFits("CenterCrop", width, height, events);
        int ox = (events.width() - width) / 2;
        int oy = (events.height() - height) / 2;
        return EventShift.shift(events, -ox, -oy, width, height);
    }
}
