package org.snn4j.datasets.io;

/**
 * Receives the events of a file in file order, one at a time (see {@link EventReader#stream}), so
 * a caller that only aggregates never holds the whole recording.
 */
public interface EventSink {
    /** The sensor size, reported before the first event. */
    void sensor(int width, int height);

    /** One event: pixel coordinates, time in µs and polarity (1 = ON). */
    void add(int x, int y, long tUs, int polarity);

    /** A sink that appends to {@code builder} (the sensor size is the builder's). */
    static EventSink into(org.snn4j.datasets.events.EventsBuilder builder) {
        return new EventSink() {
            @Override
            public void sensor(int width, int height) {
            }

            @Override
            public void add(int x, int y, long tUs, int polarity) {
                builder.add(x, y, tUs, polarity);
            }
        };
    }
}
