package org.snn4j.datasets.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ReadOnlyBufferException;
import org.junit.jupiter.api.Test;

/** The immutable structure-of-arrays event stream and its builder. */
class EventsTest {
    private final Events e = new EventsBuilder(4, 3, 0)
            .add(0, 0, 10, 1).add(3, 2, 20, 0).add(1, 1, 20, 1).add(2, 0, 35, 0).build();

    @Test
    void accessorsAndSensorSize() {
        assertEquals(4, e.size());
        assertEquals(4, e.width());
        assertEquals(3, e.height());
        assertArrayEquals(new int[] {3, 2, 0}, new int[] {e.x(1), e.y(1), e.p(1)});
        assertEquals(35, e.t(3));
    }

    @Test
    void viewsAreZeroCopyButReadOnly() {
        assertEquals(4, e.xView().remaining());
        assertEquals(2, e.yView().get(1));
        assertEquals(35, e.tView().get(3));
        assertEquals(1, e.pView().get(2));
        assertThrows(ReadOnlyBufferException.class, () -> e.xView().put(0, (short) 3));
        assertThrows(ReadOnlyBufferException.class, () -> e.tView().put(0, 0));
    }

    @Test
    void copyIntoReusesCallerBuffers() {
        short[] xs = new short[5];
        long[] ts = new long[5];
        e.copyInto(1, 3, xs, null, ts, null, 2);
        assertArrayEquals(new short[] {0, 0, 3, 1, 0}, xs);
        assertArrayEquals(new long[] {0, 0, 20, 20, 0}, ts);
        assertThrows(IndexOutOfBoundsException.class, () -> e.copyInto(2, 5, xs, null, null, null, 0));
    }

    @Test
    void copiesDoNotAliasTheStream() {
        short[] xs = e.xs();
        xs[0] = 3;
        assertEquals(0, e.x(0));
    }

    @Test
    void timeWindowSelectsHalfOpenIntervalAndShifts() {
        Events w = e.timeWindow(20, 35, 20);
        assertEquals(2, w.size());
        assertArrayEquals(new long[] {0, 0}, w.ts());
        assertArrayEquals(new short[] {3, 1}, w.xs());
        assertEquals(0, e.timeWindow(36, 100, 0).size());
    }

    @Test
    void sliceEqualityAndOrder() {
        assertEquals(e.slice(1, 3), e.slice(0, 4).slice(1, 3));
        assertNotEquals(e.slice(0, 2), e.slice(1, 3));
        assertEquals(e.hashCode(), e.slice(0, 4).hashCode());
        assertTrue(e.isTimeSorted());
        assertFalse(new EventsBuilder(2, 2, 2).add(0, 0, 5, 1).add(0, 0, 4, 1).build().isTimeSorted());
        assertEquals(Events.empty(4, 3), e.slice(2, 2));
    }

    @Test
    void invalidEventsAreRejected() {
        EventsBuilder b = new EventsBuilder(4, 3, 1);
        assertThrows(IllegalArgumentException.class, () -> b.add(4, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> b.add(0, 3, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> b.add(0, 0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new EventsBuilder(0, 3, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Events(new short[1], new short[1], new long[2], new byte[1], 2, 2));
    }

    @Test
    void builderGrowsAndKeepsWorkingAfterBuild() {
        EventsBuilder b = new EventsBuilder(2, 2, 0);
        for (int i = 0; i < 1000; i++) {
            b.add(i % 2, 1, i, i % 2);
        }
        Events first = b.build();
        b.add(0, 0, 1000, 0);
        assertEquals(1000, first.size());
        assertEquals(1001, b.build().size());
        assertEquals(999, first.t(999));
    }
}
