package org.snn4j.datasets.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/** {@link Resize} bins 128 → 48 by area, keeps every event, and equals {@link Downsample} for whole factors. */
class ResizeTest {

    @Test
    void binsByAreaAndKeepsTimeAndPolarity() {
        Events e = new EventsBuilder(128, 128, 3).add(0, 127, 1, 1).add(2, 3, 2, 0).add(127, 64, 3, 1).build();
        Events r = new Resize(48, 48).apply(e, null);
        assertEquals(48, r.width());
        assertEquals(3, r.size());
        assertEquals(0, r.x(0));
        assertEquals(47, r.y(0));      // 127·48/128 = 47.6
        assertEquals(0, r.x(1));       // 2·48/128 = 0.75
        assertEquals(1, r.y(1));       // 3·48/128 = 1.125
        assertEquals(47, r.x(2));
        assertEquals(24, r.y(2));
        assertEquals(2, r.t(1));
        assertEquals(0, r.p(1));
    }

    @Test
    void equalsDownsampleForWholeFactors() {
        EventsBuilder b = new EventsBuilder(128, 128, 128);
        for (int i = 0; i < 128; i++) {
            b.add(i, 127 - i, i, i % 2);
        }
        Events e = b.build();
        Events r = new Resize(32, 32).apply(e, null);
        Events d = new Downsample(4).apply(e, null);
        for (int i = 0; i < e.size(); i++) {
            assertEquals(d.x(i), r.x(i));
            assertEquals(d.y(i), r.y(i));
        }
    }

    @Test
    void refusesToUpscale() {
        Events e = new EventsBuilder(34, 34, 1).add(1, 1, 1, 1).build();
        assertThrows(IllegalArgumentException.class, () -> new Resize(48, 48).apply(e, null));
    }
}
