package org.snn4j.datasets.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.snn4j.datasets.events.Events;

class ToSpikeTensorTest {

    @Test
    void countsEventsPerFixedBinFromTimeZero() {
        Events e = SharedData.events(2, 1, new long[] {1, 0, 999, 1}, new long[] {1, 0, 1000, 1},
                new long[] {1, 0, 1500, 1}, new long[] {0, 0, 2999, 0}, new long[] {0, 0, 3000, 0});
        Frames f = new ToSpikeTensor(1000, 3, false, false).encode(e);
        assertArrayEquals(new int[] {3, 2, 1, 2}, f.shape());
        assertEquals(1f, f.get(0, 1, 0, 1));
        assertEquals(2f, f.get(1, 1, 0, 1));
        assertEquals(1f, f.get(2, 0, 0, 0));
        assertEquals(4.0, f.sum()); // t = 3000 is past the last bin
    }

    @Test
    void binaryModeGivesSpikes() {
        Events e = SharedData.atTimes(10, 20, 30);
        assertEquals(1.0, new ToSpikeTensor(1000, 1, true, false).encode(e).sum());
        assertEquals(3.0, new ToSpikeTensor(1000, 1, false, false).encode(e).sum());
    }

    @Test
    void timeCanBeMeasuredFromTheFirstEvent() {
        Events e = SharedData.atTimes(5000, 5400, 6100);
        Frames f = new ToSpikeTensor(1000, 2, false, true).encode(e);
        assertEquals(2f, f.get(0, 1, 0, 0));
        assertEquals(1f, f.get(1, 1, 0, 0));
        assertEquals(0.0, new ToSpikeTensor(1000, 2, false, false).encode(e).sum());
    }

    @Test
    void realSampleShowsTheThreeSaccades() {
        // shared/data/README.md: Train/5/00001.bin has 1894, 1708, 1079 events in [0,105), [105,210), [210,315) ms
        Frames f = new ToSpikeTensor(105_000, 3, false, false).encode(SharedData.nmnist("Train/5/00001.bin"));
        assertArrayEquals(new float[] {1894, 1708, 1079}, ToFramesTest.perFrame(f));
    }

    @Test
    void slayerPresetIs300OneMillisecondBins() {
        Frames f = ToSpikeTensor.slayerNMnist().encode(SharedData.nmnist("Train/5/00001.bin"));
        assertArrayEquals(new int[] {300, 2, 34, 34}, f.shape());
        for (float v : f.data()) {
            assertEquals(true, v == 0f || v == 1f);
        }
    }

    @Test
    void invalidConfigsNameTheField() {
        assertEquals("binUs must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new ToSpikeTensor(0, 3, true, false)).getMessage());
        assertEquals("bins must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new ToSpikeTensor(1, 0, true, false)).getMessage());
    }
}
