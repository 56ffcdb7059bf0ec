package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/** AEDAT 3.1 written by {@link Aedat31Writer} reads back through {@link Aedat31Reader} unchanged. */
class Aedat31WriterTest {

    @Test
    void roundTripsAcrossPacketsAndTheTimestampOverflow() throws Exception {
        EventsBuilder b = new EventsBuilder(128, 128, 10_000);
        long t = (1L << 31) - 5000;   // crosses the 31-bit overflow halfway
        for (int i = 0; i < 9000; i++) {
            b.add(i % 128, (i * 7) % 128, t + i, i % 3 == 0 ? 1 : 0);
        }
        Events in = b.build();
        Events out = new Aedat31Reader().decode(new Aedat31Writer().encode(in), "mem");
        assertEquals(in.size(), out.size());
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.x(i), out.x(i), "x " + i);
            assertEquals(in.y(i), out.y(i), "y " + i);
            assertEquals(in.p(i), out.p(i), "p " + i);
            assertEquals(in.t(i), out.t(i), "t " + i);
        }
    }

    @Test
    void decreasingTimestampsAreRejected() {
        Events e = new EventsBuilder(128, 128, 2).add(1, 1, 10, 1).add(1, 1, 5, 1).build();
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> new Aedat31Writer().encode(e));
        assertEquals("event 1: timestamp 5 is negative or decreasing", ex.getMessage());
    }
}
