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
        Accumulator a = new Accumulator();
        for (int i = 0; i < e.size(); i++) {
            a.add(e.x(i), e.y(i), e.t(i), e.p(i));
        }
        return a.stats();
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

    /**
     * Running statistics filled one event at a time in stream order, so a recording never has to
     * be held in memory as a whole (the readers' streaming path feeds it through
     * {@code org.snn4j.datasets.io.EventSummary}). The sums stay exact past 2⁶³.
     */
    public static final class Accumulator {
        private final ExactSum sumX = new ExactSum();
        private final ExactSum sumY = new ExactSum();
        private final ExactSum sumT = new ExactSum();
        private long events;
        private long on;
        private int minX = Integer.MAX_VALUE;
        private int maxX = Integer.MIN_VALUE;
        private int minY = Integer.MAX_VALUE;
        private int maxY = Integer.MIN_VALUE;
        private long firstT;
        private long lastT;

        /** Adds one event: pixel coordinates, time in µs and polarity (1 = ON). */
        public void add(int x, int y, long t, int p) {
            if (events == 0) {
                firstT = t;
            }
            events++;
            on += p;
            sumX.add(x);
            sumY.add(y);
            sumT.add(t);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            lastT = t;
        }

        /** The statistics of the events added so far. */
        public EventStats stats() {
            if (events == 0) {
                return new EventStats(0, 0, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                        OptionalInt.empty(), OptionalLong.empty(), OptionalLong.empty(), BigInteger.ZERO,
                        BigInteger.ZERO, BigInteger.ZERO);
            }
            return new EventStats(events, on, OptionalInt.of(minX), OptionalInt.of(maxX), OptionalInt.of(minY),
                    OptionalInt.of(maxY), OptionalLong.of(firstT), OptionalLong.of(lastT), sumX.value(), sumY.value(),
                    sumT.value());
        }
    }

    /** A sum of longs in a long until it would overflow, then carried into a {@link BigInteger}. */
    private static final class ExactSum {
        private BigInteger carried = BigInteger.ZERO;
        private long partial;

        void add(long v) {
            long next = partial + v;
            if (((partial ^ next) & (v ^ next)) < 0) { // signed overflow: move the partial sum into the BigInteger
                carried = carried.add(BigInteger.valueOf(partial));
                next = v;
            }
            partial = next;
        }

        BigInteger value() {
            return carried.add(BigInteger.valueOf(partial));
        }
    }
}
