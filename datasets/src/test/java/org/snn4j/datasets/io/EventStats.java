package org.snn4j.datasets.io;

import org.snn4j.datasets.events.Events;

/** Plain integer statistics of an event stream, as tabulated in shared/data/README.md. */
record EventStats(int on, int xMin, int xMax, int yMin, int yMax, long tMin, long tMax, long sumX, long sumY,
        long sumT) {

    static EventStats of(Events e) {
        int on = 0;
        int xMin = Integer.MAX_VALUE;
        int xMax = Integer.MIN_VALUE;
        int yMin = Integer.MAX_VALUE;
        int yMax = Integer.MIN_VALUE;
        long tMin = Long.MAX_VALUE;
        long tMax = Long.MIN_VALUE;
        long sx = 0;
        long sy = 0;
        long st = 0;
        for (int i = 0; i < e.size(); i++) {
            on += e.p(i);
            xMin = Math.min(xMin, e.x(i));
            xMax = Math.max(xMax, e.x(i));
            yMin = Math.min(yMin, e.y(i));
            yMax = Math.max(yMax, e.y(i));
            tMin = Math.min(tMin, e.t(i));
            tMax = Math.max(tMax, e.t(i));
            sx += e.x(i);
            sy += e.y(i);
            st += e.t(i);
        }
        return new EventStats(on, xMin, xMax, yMin, yMax, tMin, tMax, sx, sy, st);
    }
}
