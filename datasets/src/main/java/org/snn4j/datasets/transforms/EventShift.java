package org.snn4j.datasets.transforms;

import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/** Translation shared by the crops and the spatial jitter. */
final class EventShift {
    private EventShift() {
    }

    /**
     * Moves every event by (dx, dy) onto a {@code width × height} sensor, dropping events that land
     * outside it. Time order is preserved.
     */
    static Events shift(Events events, int dx, int dy, int width, int height) {
        EventsBuilder kept = new EventsBuilder(width, height, events.size());
        for (int i = 0; i < events.size(); i++) {
            int x = events.x(i) + dx;
            int y = events.y(i) + dy;
            if (x >= 0 && y >= 0 && x < width && y < height) {
                kept.add(x, y, events.t(i), events.p(i));
            }
        }
        return kept.build();
    }

    static void checkFits(String name, int width, int height, Events events) {
        if (width > events.width() || height > events.height()) {
            throw new IllegalArgumentException(name + " of " + width + "x" + height
                    + " does not fit the " + events.width() + "x" + events.height() + " sensor");
        }
    }

    static void checkSize(int width, int height) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1, got " + width);
        }
        if (height < 1) {
            throw new IllegalArgumentException("height must be >= 1, got " + height);
        }
    }
}
