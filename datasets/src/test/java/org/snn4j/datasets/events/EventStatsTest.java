package org.snn4j.datasets.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.snn4j.datasets.SharedDataDir;
import org.snn4j.datasets.io.EventFormat;

class EventStatsTest {

    @Test
    void sumOfTimestampsDoesNotOverflow() {
        long big = Long.MAX_VALUE / 2;
        Events e = new Events(new short[] {1, 2, 3}, new short[] {4, 5, 6}, new long[] {big, big + 1, big + 2},
                new byte[] {1, 0, 1}, 8, 8);
        EventStats s = EventStats.of(e);
        assertEquals(BigInteger.valueOf(big).multiply(BigInteger.valueOf(3)).add(BigInteger.valueOf(3)), s.sumT());
        assertEquals(BigInteger.valueOf(6), s.sumX());
        assertEquals(2, s.on());
        assertEquals(1, s.off());
        assertEquals(2, s.durationUs());
        assertEquals(1, s.minX().getAsInt());
        assertEquals(6, s.maxY().getAsInt());
    }

    @Test
    void emptyStreamHasNoRangesInsteadOfSentinels() {
        EventStats s = EventStats.of(Events.empty(346, 260));
        assertTrue(s.minX().isEmpty() && s.maxX().isEmpty() && s.minY().isEmpty() && s.firstT().isEmpty());
        assertEquals(BigInteger.ZERO, s.sumT());
        assertTrue(Double.isNaN(s.onFraction()));
        assertEquals(0, s.durationUs());
    }

    @Test
    void aedat4SampleSumMatchesOffsetsFromTheFirstTimestamp() throws Exception {
        Events e = EventFormat.readAny(SharedDataDir.resolve("aedat4-dvxplorer-sample/sample.aedat4"));
        long offsets = 0;
        for (int i = 0; i < e.size(); i++) {
            offsets += e.t(i) - e.t(0);
        }
        BigInteger expected = BigInteger.valueOf(e.t(0)).multiply(BigInteger.valueOf(e.size()))
                .add(BigInteger.valueOf(offsets));
        EventStats s = EventStats.of(e);
        assertEquals(expected, s.sumT());
        assertTrue(s.sumT().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0, "the sum exceeds a long");
        assertEquals(589_917, s.durationUs());
        assertEquals(55_023, s.on());
    }
}
