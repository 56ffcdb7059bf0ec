package org.snn4j.datasets.transforms;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/**
 * Nearest-neighbour background-activity filter (the filter Tonic calls {@code Denoise}).
 *
 * <p>Events are visited in order. Event i at pixel (x, y), time t is kept iff some neighbouring
 * pixel (x', y') ≠ (x, y) had an event (kept or not) at time t' with t − t' &lt; {@code filterTimeUs}.
 * The neighbourhood is the 4 edge neighbours, plus the 4 diagonal ones when {@code diagonals}.
 * Isolated noise events have no such support and are removed; edges of moving objects keep
 * each other. The input must be sorted by time (all readers produce sorted streams).
 *
 * @param filterTimeUs support window in µs, at least 1
 * @param diagonals    also count the diagonal neighbours (8-neighbourhood)
 */
public record Denoise(long filterTimeUs, boolean diagonals) implements EventTransform {

    /** Validates the fields. */
    public Denoise {
        if (filterTimeUs < 1) {
            throw new IllegalArgumentException("filterTimeUs must be >= 1, got " + filterTimeUs);
        }
    }

    /** The 4-neighbourhood filter (Tonic-compatible neighbourhood). */
    public static Denoise of(long filterTimeUs) {
        return new Denoise(filterTimeUs, false);
    }

    @Override
    public Events apply(Events events, RandomGenerator rng) {
        int w = events.width();
        int h = events.height();
        long[] last = new long[w * h];
        Arrays.fill(last, Long.MIN_VALUE);
        EventsBuilder kept = new EventsBuilder(events.width(), events.height(), events.size());
        for (int i = 0; i < events.size(); i++) {
            int x = events.x(i);
            int y = events.y(i);
            long t = events.t(i);
            if (supported(last, w, h, x, y, t)) {
                kept.add(x, y, t, events.p(i));
            }
            last[y * w + x] = t;
        }
        return kept.build();
    }

    private boolean supported(long[] last, int w, int h, int x, int y, long t) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                boolean self = dx == 0 && dy == 0;
                boolean diagonal = dx != 0 && dy != 0;
                int nx = x + dx;
                int ny = y + dy;
                if (self || (diagonal && !diagonals) || nx < 0 || ny < 0 || nx >= w || ny >= h) {
                    continue;
                }
                long prev = last[ny * w + nx];
                if (prev != Long.MIN_VALUE && t - prev < filterTimeUs) {
                    return true;
                }
            }
        }
        return false;
    }
}
