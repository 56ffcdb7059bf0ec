package org.snn4j.datasets.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snn4j.datasets.events.Events;

/** Contract tests over every event transform, plus literal cases for each. */
class EventTransformsTest {

    static Stream<EventTransform> all() {
        return Stream.of(Denoise.of(5000), new Denoise(5000, true), new Downsample(2), new CenterCrop(28, 28),
                new RandomCrop(20, 30), new RandomFlip(0.5, 0.5, 0.5), new TimeJitter(2000),
                new DropEvent(0.3), Compose.of(new RandomCrop(30, 30), new DropEvent(0.1), Denoise.of(3000)));
    }

    @ParameterizedTest
    @MethodSource("all")
    void sameSeedSameResultAndInputUntouched(EventTransform tr) {
        Events in = SharedData.nmnist("Train/0/00002.bin");
        Events copy = in.slice(0, in.size());
        Events a = tr.apply(in, new SplittableRandom(42));
        Events b = tr.apply(in, new SplittableRandom(42));
        assertEquals(a, b);
        assertEquals(copy, in);
        assertTrue(a.isTimeSorted(), "output must stay time-sorted");
        assertTrue(a.size() <= in.size());
    }

    @ParameterizedTest
    @MethodSource("all")
    void randomTransformsDependOnTheSeed(EventTransform tr) {
        Events in = SharedData.nmnist("Train/0/00002.bin");
        boolean differs = false;
        for (int seed = 1; seed <= 5 && !differs; seed++) {
            differs = !tr.apply(in, new SplittableRandom(seed)).equals(tr.apply(in, new SplittableRandom(seed + 100)));
        }
        assertEquals(tr.isRandom(), differs);
    }

    @Test
    void denoiseKeepsOnlyEventsWithRecentNeighbourSupport() {
        Events e = SharedData.events(5, 5,
                new long[] {2, 2, 0, 1},      // no neighbour yet -> dropped
                new long[] {3, 2, 100, 1},    // (2,2) fired 100 us ago -> kept
                new long[] {0, 0, 200, 0},    // isolated -> dropped
                new long[] {3, 3, 300, 0},    // diagonal of (2,2)? no: edge of (3,2) at 200 us -> kept
                new long[] {1, 1, 400, 1},    // only diagonal (2,2) at 400 us: kept with diagonals only
                new long[] {2, 2, 10_000, 1}); // neighbours too old -> dropped
        assertEquals(SharedData.events(5, 5, new long[] {3, 2, 100, 1}, new long[] {3, 3, 300, 0}),
                Denoise.of(1000).apply(e, null));
        assertEquals(3, new Denoise(1000, true).apply(e, null).size());
    }

    @Test
    void denoiseWindowIsStrict() {
        Events e = SharedData.events(3, 1, new long[] {0, 0, 0, 1}, new long[] {1, 0, 1000, 1});
        assertEquals(0, Denoise.of(1000).apply(e, null).size());
        assertEquals(1, Denoise.of(1001).apply(e, null).size());
    }

    @Test
    void downsampleDividesCoordinatesAndRoundsTheSensorUp() {
        Events e = SharedData.events(5, 4, new long[] {4, 3, 1, 1}, new long[] {1, 2, 2, 0});
        Events d = new Downsample(2).apply(e, null);
        assertEquals(SharedData.events(3, 2, new long[] {2, 1, 1, 1}, new long[] {0, 1, 2, 0}), d);
        assertEquals(e, new Downsample(1).apply(e, null));
    }

    @Test
    void centerCropKeepsTheMiddleWindow() {
        // 34 -> 28: offset 3
        Events e = SharedData.events(34, 34, new long[] {3, 3, 1, 1}, new long[] {2, 10, 2, 1}, new long[] {30, 30, 3, 0},
                new long[] {31, 5, 4, 0});
        assertEquals(SharedData.events(28, 28, new long[] {0, 0, 1, 1}, new long[] {27, 27, 3, 0}),
                new CenterCrop(28, 28).apply(e, null));
        assertThrows(IllegalArgumentException.class, () -> new CenterCrop(35, 10).apply(e, null));
    }

    @Test
    void randomCropStaysInsideTheSensor() {
        Events e = SharedData.nmnist("Train/5/00001.bin");
        for (int seed = 0; seed < 20; seed++) {
            Events c = new RandomCrop(30, 30).apply(e, new SplittableRandom(seed));
            assertEquals(30, c.width());
            assertTrue(c.size() > 0);
        }
    }

    @Test
    void flipsMirrorAndInvert() {
        Events e = SharedData.events(4, 3, new long[] {0, 0, 1, 1}, new long[] {3, 1, 2, 0});
        assertEquals(SharedData.events(4, 3, new long[] {3, 2, 1, 0}, new long[] {0, 1, 2, 1}),
                new RandomFlip(1, 1, 1).apply(e, new SplittableRandom(0)));
        assertEquals(SharedData.events(4, 3, new long[] {3, 0, 1, 1}, new long[] {0, 1, 2, 0}),
                RandomFlip.horizontal(1).apply(e, new SplittableRandom(0)));
        assertEquals(e, new RandomFlip(0, 0, 0).apply(e, new SplittableRandom(0)));
    }

    @Test
    void horizontalFlipHappensAboutHalfTheTime() {
        Events e = SharedData.events(4, 1, new long[] {0, 0, 1, 1});
        SplittableRandom rng = new SplittableRandom(7);
        int flipped = 0;
        for (int i = 0; i < 1000; i++) {
            flipped += RandomFlip.horizontal(0.5).apply(e, rng).x(0) == 3 ? 1 : 0;
        }
        assertTrue(flipped > 440 && flipped < 560, "flipped " + flipped);
    }

    @Test
    void timeJitterKeepsCountsAndResorts() {
        Events e = SharedData.nmnist("Test/7/00001.bin");
        Events j = new TimeJitter(5000).apply(e, new SplittableRandom(3));
        assertEquals(e.size(), j.size());
        assertTrue(j.isTimeSorted());
        assertNotEquals(e, j);
        assertEquals(e, new TimeJitter(0).apply(e, new SplittableRandom(3)));
    }

    @Test
    void timeJitterClipsAtZero() {
        Events j = new TimeJitter(1e6).apply(SharedData.atTimes(0, 1, 2, 3, 4, 5, 6, 7), new SplittableRandom(1));
        for (int i = 0; i < j.size(); i++) {
            assertTrue(j.t(i) >= 0);
        }
    }

    @Test
    void stableOrderKeepsTiesInInputOrder() {
        assertEquals(List.of(1, 3, 0, 2, 4), boxed(TimeJitter.stableOrder(new long[] {5, 2, 5, 2, 9})));
        assertEquals(List.of(), boxed(TimeJitter.stableOrder(new long[0])));
    }

    @Test
    void dropEventKeepsTheExpectedFraction() {
        Events e = SharedData.nmnist("Train/5/00001.bin");
        int kept = new DropEvent(0.25).apply(e, new SplittableRandom(9)).size();
        assertTrue(Math.abs(kept - 0.75 * 4681) < 4 * Math.sqrt(4681 * 0.25 * 0.75), "kept " + kept);
        assertEquals(0, new DropEvent(1).apply(e, new SplittableRandom(9)).size());
        assertEquals(e, new DropEvent(0).apply(e, new SplittableRandom(9)));
    }

    @Test
    void composeFlattensAndAppliesInOrder() {
        Compose c = Compose.of(new Downsample(2), Compose.of(new CenterCrop(10, 10)));
        assertEquals(2, c.steps().size());
        assertFalse(c.isRandom());
        // (20, 20) -> (10, 10) on 17x17 -> crop offset (17 - 10) / 2 = 3 -> (7, 7)
        Events e = SharedData.events(34, 34, new long[] {20, 20, 1, 1}, new long[] {30, 30, 2, 1});
        assertEquals(SharedData.events(10, 10, new long[] {7, 7, 1, 1}), c.apply(e, null));
        assertTrue(c.andThen(new DropEvent(0.5)).isRandom());
        assertEquals(e, Compose.of().apply(e, null));
    }

    @Test
    void invalidConfigsNameTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Downsample(0)).getMessage().contains("factor"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DropEvent(1.5)).getMessage().contains("probability"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RandomFlip(0, -1, 0)).getMessage().contains("vertical"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TimeJitter(Double.NaN)).getMessage().contains("stdUs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Denoise.of(0)).getMessage().contains("filterTimeUs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CenterCrop(0, 3)).getMessage().contains("width"));
    }

    private static List<Integer> boxed(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }
}
