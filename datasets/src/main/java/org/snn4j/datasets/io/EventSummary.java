package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.file.Path;
import org.snn4j.datasets.events.EventStats;

/**
 * The {@link EventStats} of an event file together with its format and the sensor size its reader
 * reports, filled one event at a time as an {@link EventSink}: {@link #of(Path)} streams the
 * formats that allow it (see {@link EventReader#stream}), so a file of any size can be summarised
 * without holding it in memory.
 */
public final class EventSummary implements EventSink {
    private final EventFormat format;
    private final EventStats.Accumulator stats = new EventStats.Accumulator();
    private int width;
    private int height;

    /** An empty summary of a stream in {@code format}; feed it through {@link EventSink}. */
    EventSummary(EventFormat format) {
        this.format = format;
    }

    /** Detects the format of {@code file} and summarises it, streaming where the format allows. */
    public static EventSummary of(Path file) throws IOException {
        EventFormat f = EventFormat.detect(file);
        EventSummary s = new EventSummary(f);
        f.reader().stream(file, s);
        return s;
    }

    @Override
    public void sensor(int w, int h) {
        width = w;
        height = h;
    }

    @Override
    public void add(int x, int y, long t, int p) {
        stats.add(x, y, t, p);
    }

    public EventFormat format() {
        return format;
    }

    /** Sensor width as the reader reported it. */
    public int width() {
        return width;
    }

    /** Sensor height as the reader reported it. */
    public int height() {
        return height;
    }

    /** The statistics of the events so far. */
    public EventStats stats() {
        return stats.stats();
    }

    /** Format, sensor and statistics on one line (for logs and comparisons, not a table format). */
    @Override
    public String toString() {
        return format + " " + width + "x" + height + " " + stats();
    }
}
