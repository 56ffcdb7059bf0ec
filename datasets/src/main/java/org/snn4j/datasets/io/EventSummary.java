package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Running statistics of an event stream (count, ON/OFF, coordinate ranges, first/last time and the
 * coordinate and time sums, as tabulated in {@code shared/data/README.md}), filled one event at a
 * time so a file never has to be held in memory as a whole: {@link #of(Path)} streams the formats
 * that allow it (see {@link EventReader#stream}).
 */
public final class EventSummary implements EventSink {
    private final EventFormat format;
    private int width;
    private int height;
    private long count;
    private long on;
    private int minX = Integer.MAX_VALUE;
    private int maxX = -1;
    private int minY = Integer.MAX_VALUE;
    private int maxY = -1;
    private long firstT;
    private long lastT;
    private long sumX;
    private long sumY;
    private long sumT;

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
        if (count == 0) {
            firstT = t;
        }
        count++;
        on += p;
        sumX += x;
        sumY += y;
        sumT += t;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        lastT = t;
    }

    public EventFormat format() {
        return format;
    }

    public long count() {
        return count;
    }

    public long on() {
        return on;
    }

    public long sumX() {
        return sumX;
    }

    public long sumY() {
        return sumY;
    }

    public long sumT() {
        return sumT;
    }

    /** Tab-separated: format, sensor, events, ON/OFF, x range, y range, t range, sum_x, sum_y, sum_t. */
    @Override
    public String toString() {
        String t = count == 0 ? "-" : firstT + ".." + lastT;
        return String.format(Locale.ROOT, "%s\t%dx%d\t%d\t%d/%d\t%d..%d\t%d..%d\t%s\t%d\t%d\t%d", format, width, height,
                count, on, count - on, minX, maxX, minY, maxY, t, sumX, sumY, sumT);
    }
}
