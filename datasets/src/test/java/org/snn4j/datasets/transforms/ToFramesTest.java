package org.snn4j.datasets.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.snn4j.datasets.events.Events;

class ToFramesTest {

    /** Sum of each time slice (both channels, all pixels). */
    static float[] perFrame(Frames f) {
        int t = f.dim(0);
        int per = f.length() / t;
        float[] out = new float[t];
        for (int i = 0; i < f.length(); i++) {
            out[i / per] += f.data()[i];
        }
        return out;
    }

    @Test
    void byTimeSplitsTheSpanIntoEqualSlicesWithTheLastEventInTheLastSlice() {
        // D = 40, T = 4: k = floor(r*4/40) -> 0, 1, 2, 3, min(3, 4)
        Frames f = ToFrames.byTime(4).encode(SharedData.atTimes(100, 110, 120, 130, 140));
        assertArrayEquals(new float[] {1, 1, 1, 2}, perFrame(f));
        assertArrayEquals(new int[] {4, 2, 2, 2}, f.shape());
    }

    @Test
    void byTimeWithOverlapCountsEventsInEverySliceThatContainsThem() {
        // D = 40, T = 3, o = 0.5: L = 20, S = 10 -> [0,20) [10,30) [20,40]
        Frames f = ToFrames.byTime(3, 0.5).encode(SharedData.atTimes(0, 10, 20, 30, 40));
        assertArrayEquals(new float[] {2, 2, 3}, perFrame(f));
    }

    @Test
    void channelIsPolarityAndPixelIsRowColumn() {
        Events e = SharedData.events(3, 2, new long[] {2, 1, 5, 1}, new long[] {0, 1, 6, 0}, new long[] {2, 1, 7, 1});
        Frames f = ToFrames.byTime(1).encode(e);
        assertEquals(2f, f.get(0, 1, 1, 2));
        assertEquals(1f, f.get(0, 0, 1, 0));
        assertEquals(3.0, f.sum());
    }

    @Test
    void byEventCountGivesBalancedSlices() {
        long[] t = new long[10];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * i;
        }
        assertArrayEquals(new float[] {3, 3, 4}, perFrame(ToFrames.byEventCount(3).encode(SharedData.atTimes(t))));
    }

    @Test
    void byEventCountWithOverlapSharesHalfOfEachSlice() {
        // N = 8, T = 3, o = 0.5: L = 4, S = 2 -> [0,4) [2,6) [4,8)
        Frames f = ToFrames.byEventCount(3, 0.5).encode(SharedData.atTimes(0, 1, 2, 3, 4, 5, 6, 7));
        assertArrayEquals(new float[] {4, 4, 4}, perFrame(f));
    }

    @Test
    void timeWindowsAsNeededCoverTheLastEvent() {
        // window 15 from t0 = 0: [0,15) [15,30) [30,45)
        Frames f = ToFrames.byWindow(15, 0, 0).encode(SharedData.atTimes(0, 10, 20, 30, 40));
        assertArrayEquals(new float[] {2, 1, 2}, perFrame(f));
    }

    @Test
    void fixedNumberOfTimeWindowsDropsLaterEvents() {
        Frames f = ToFrames.byWindow(15, 2, 0).encode(SharedData.atTimes(0, 10, 20, 30, 40));
        assertArrayEquals(new float[] {2, 1}, perFrame(f));
    }

    @Test
    void fixedNumberOfTimeWindowsPadsWithEmptyFrames() {
        Frames f = ToFrames.byWindow(100, 3, 0).encode(SharedData.atTimes(5, 50, 110));
        assertArrayEquals(new float[] {2, 1, 0}, perFrame(f));
    }

    @Test
    void overlappingTimeWindows() {
        // window 20, S = 10: [0,20) [10,30) [20,40) [30,50)
        Frames f = ToFrames.byWindow(20, 0, 0.5).encode(SharedData.atTimes(0, 10, 20, 30, 40));
        assertArrayEquals(new float[] {2, 2, 2, 2}, perFrame(f));
    }

    @Test
    void emptyStreamGivesZeroFrames() {
        Events empty = Events.empty(4, 3);
        Frames f = ToFrames.byTime(5).encode(empty);
        assertArrayEquals(new int[] {5, 2, 3, 4}, f.shape());
        assertEquals(0.0, f.sum());
        assertEquals(1, ToFrames.byWindow(10, 0, 0).encode(empty).dim(0));
        assertEquals(0.0, ToFrames.byEventCount(2).encode(empty).sum());
    }

    @Test
    void zeroDurationPutsEverythingInTheFirstFrame() {
        assertArrayEquals(new float[] {3, 0}, perFrame(ToFrames.byTime(2).encode(SharedData.atTimes(7, 7, 7))));
        assertArrayEquals(new float[] {3, 0}, perFrame(ToFrames.byTime(2, 0.25).encode(SharedData.atTimes(7, 7, 7))));
    }

    @Test
    void realNMnistSampleKeepsEveryEventAndPolarityCount() {
        // Train/5/00001.bin: 4681 events, 2328 ON (shared/data/README.md)
        Events e = SharedData.nmnist("Train/5/00001.bin");
        Frames f = ToFrames.byTime(10).encode(e);
        assertEquals(4681.0, f.sum());
        double on = 0;
        for (int k = 0; k < 10; k++) {
            for (int i = 0; i < 34 * 34; i++) {
                on += f.data()[(k * 2 + 1) * 34 * 34 + i];
            }
        }
        assertEquals(2328.0, on);
        assertEquals(4681.0, ToFrames.byEventCount(7).encode(e).sum());
        assertTrue(ToFrames.byTime(10, 0.5).encode(e).sum() > 4681.0);
    }

    @Test
    void invalidConfigsNameTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ToFrames.byTime(0)).getMessage().contains("frames"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ToFrames.byTime(3, 1.0)).getMessage().contains("overlap"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ToFrames.byWindow(0, 3, 0)).getMessage().contains("windowUs"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new ToFrames(ToFrames.Slicing.BY_TIME, 3, 10, 0)).getMessage().contains("windowUs"));
        assertThrows(IllegalArgumentException.class, () -> ToFrames.byWindow(10, -1, 0));
    }

    @Test
    void absurdWindowCountIsAClearError() {
        // 590 ms of DVXplorer-sized data in 1 us windows would need 590,001 frames of 2x240x320
        Events e = SharedData.events(320, 240, new long[] {0, 0, 0, 1}, new long[] {1, 1, 590_000, 0});
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> ToFrames.byWindow(1, 0, 0).encode(e));
        assertTrue(ex.getMessage().startsWith("ToFrames would make 590001 frames of 2x240x320"), ex.getMessage());
    }

    @Test
    void configTextIsStable() {
        assertEquals("ToFrames[slicing=BY_TIME, frames=10, windowUs=0, overlap=0.0]", ToFrames.byTime(10).describe());
    }
}
