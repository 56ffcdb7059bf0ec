package org.snn4j.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.io.Aedat31Reader;

/**
 * DVS Gesture samples cut from whole recordings. A recording holds about a dozen samples, so the
 * most recently decoded recording is kept (one slot) to avoid decoding it once per sample.
 */
final class GestureEventDataset implements EventDataset {
    private final String name;
    private final List<GestureInterval> intervals;
    private final Aedat31Reader reader = new Aedat31Reader();
    private final Object lock = new Object();
    private Path cachedFile;
    private Events cachedEvents;

    GestureEventDataset(String name, List<GestureInterval> intervals) {
        this.name = name;
        this.intervals = List.copyOf(intervals);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return intervals.size();
    }

    @Override
    public List<String> classNames() {
        return DvsGesture.CLASS_NAMES;
    }

    @Override
    public int width() {
        return DvsGesture.SIZE;
    }

    @Override
    public int height() {
        return DvsGesture.SIZE;
    }

    @Override
    public int label(int index) {
        return intervals.get(index).label();
    }

    @Override
    public String id(int index) {
        return intervals.get(index).id();
    }

    @Override
    public Path path(int index) {
        return intervals.get(index).file();
    }

    /** Events of the interval, with timestamps relative to its start (first possible t = 0). */
    @Override
    public EventSample get(int index) throws IOException {
        GestureInterval g = intervals.get(index);
        Events all = recording(g.file());
        return new EventSample(all.timeWindow(g.startUs(), g.endUs(), g.startUs()), g.label(), g.id(), g.file());
    }

    private Events recording(Path file) throws IOException {
        synchronized (lock) {
            if (file.equals(cachedFile)) {
                return cachedEvents;
            }
        }
        Events events = reader.read(file);
        synchronized (lock) {
            cachedFile = file;
            cachedEvents = events;
        }
        return events;
    }

    @Override
    public String toString() {
        return name + "[" + size() + " samples, " + DvsGesture.CLASS_NAMES.size() + " classes]";
    }
}
