package org.snn4j.datasets.events;

import java.math.BigInteger;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Summary statistics of an event stream, as the reference tables of the shared data README give
 * them. Sums are exact ({@link BigInteger}): {@code Σ t} over a long AEDAT 4 recording with
 * absolute µs timestamps exceeds 2⁶³. An empty stream has no ranges (empty optionals), never
 * sentinel values.
 *
 * @param events number of events
 * @param on     ON events (polarity 1)
 * @param minX   smallest x, empty when there are no events
 * @param maxX   largest x
 * @param minY   smallest y
 * @param maxY   largest y
 * @param firstT timestamp of the first event in µs
 * @param lastT  timestamp of the last event in µs
 * @param sumX   Σ x
 * @param sumY   Σ y
 * @param sumT   Σ t (µs)
 */
public record EventStats(long events, long on, OptionalInt minX, OptionalInt maxX, OptionalInt minY, OptionalInt maxY,
                         OptionalLong firstT, OptionalLong lastT, BigInteger sumX, BigInteger sumY, BigInteger sumT) {

    /** The statistics of {@code e}. */
    public static EventStats of(Events e) {
        int n = e.size();
        if (n == 0) {
            return new EventStats(0, 0, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                    OptionalInt.empty(), OptionalLong.empty(), OptionalLong.empty(), BigInteger.ZERO, BigInteger.ZERO,
                    BigInteger.ZERO);
        }
        long on = 0;
        long sx = 0;
        long sy = 0;
        BigInteger st = BigInteger.ZERO;
        long partial = 0;
        int minX = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            on += e.p(i);
            sx += e.x(i);
            sy += e.y(i);
            long t = e.t(i);
            long next = partial + t;
            if (((partial ^ next) & (t ^ next)) < 0) { // signed overflow: move the partial sum into the BigInteger
                st = st.add(BigInteger.valueOf(partial));
                next = t;
            }
            partial = next;
            minX = Math.min(minX, e.x(i));
            maxX = Math.max(maxX, e.x(i));
            minY = Math.min(minY, e.y(i));
            maxY = Math.max(maxY, e.y(i));
        }
        return new EventStats(n, on, OptionalInt.of(minX), OptionalInt.of(maxX), OptionalInt.of(minY),
                OptionalInt.of(maxY), OptionalLong.of(e.t(0)), OptionalLong.of(e.t(n - 1)), BigInteger.valueOf(sx),
                BigInteger.valueOf(sy), st.add(BigInteger.valueOf(partial)));
    }

    /** OFF events. */
    public long off() {
        return events - on;
    }

    /** ON events over all events, NaN when there are none. */
    public double onFraction() {
        return events == 0 ? Double.NaN : (double) on / events;
    }

    /** {@code lastT − firstT} in µs, 0 when there are fewer than two events. */
    public long durationUs() {
        return firstT.isPresent() ? lastT.getAsLong() - firstT.getAsLong() : 0;
    }
}
