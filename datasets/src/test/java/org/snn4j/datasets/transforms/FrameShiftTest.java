package org.snn4j.datasets.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.datasets.events.Events;

/** The one shift augmentation: range, zero fill, and equality with shifting the events before fixed-bin framing. */
class FrameShiftTest {

    @Test
    void movesEveryPlaneByOneOffsetWithinRange() {
        float[] d = new float[2 * 2 * 5 * 5];
        d[2 * 5 + 2] = 1; // t0 c0 (2, 2)
        d[75 + 5 + 3] = 2; // t1 c1 (y 1, x 3)
        Frames f = new Frames(d, 2, 2, 5, 5);
        for (int seed = 0; seed < 30; seed++) {
            SplittableRandom draw = new SplittableRandom(seed);
            int dx = draw.nextInt(5) - 2;
            int dy = draw.nextInt(5) - 2;
            Frames s = new FrameShift(2).apply(f, new SplittableRandom(seed));
            assertEquals(1f, s.get(0, 0, 2 + dy, 2 + dx));
            float moved = 1 + dy >= 0 && 3 + dx < 5 ? s.get(1, 1, 1 + dy, 3 + dx) : 2f;
            assertEquals(2f, moved);
            assertTrue(s.sum() <= 3 && s.sum() >= 1);
        }
        assertEquals(f, FrameShift.shifted(f, 0, 0));
    }

    @Test
    void whatLeavesTheWindowIsDroppedAndZerosEnter() {
        Frames f = new Frames(new float[] {1, 2, 3, 4, 5, 6}, 1, 2, 3);
        assertArrayEquals(new float[] {0, 1, 2, 0, 4, 5}, FrameShift.shifted(f, 1, 0).data());
        assertArrayEquals(new float[] {0, 0, 0, 2, 3, 0}, FrameShift.shifted(f, -1, 1).data());
        assertArrayEquals(new float[6], FrameShift.shifted(f, 3, 0).data());
    }

    @Test
    void equalsShiftingTheEventsBeforeSpikeBinning() {
        Events e = SharedData.nmnist("Train/0/00002.bin");
        for (FrameEncoder enc : new FrameEncoder[] {new ToSpikeTensor(10_000, 40, true, false), new ToSpikeTensor(1000, 350, false, false)}) {
            for (int[] o : new int[][] {{3, -2}, {-8, 8}, {0, 5}}) {
                Frames viaEvents = enc.encode(EventShift.shift(e, o[0], o[1], e.width(), e.height()));
                assertEquals(viaEvents, FrameShift.shifted(enc.encode(e), o[0], o[1]), enc + " " + o[0] + "," + o[1]);
            }
        }
    }

    @Test
    void perSampleOnABatchDrawsInSampleOrder() {
        float[] d = new float[3 * 4 * 4];
        for (int i = 0; i < d.length; i++) {
            d[i] = i + 1;
        }
        FrameShift shift = new FrameShift(1);
        var out = shift.applyPerSample(Nd4j.create(d, new long[] {3, 1, 4, 4}, 'c'), new SplittableRandom(4));
        SplittableRandom rng = new SplittableRandom(4);
        for (int b = 0; b < 3; b++) {
            float[] one = java.util.Arrays.copyOfRange(d, b * 16, b * 16 + 16);
            float[] want = shift.apply(new Frames(one, 1, 4, 4), rng).data();
            assertArrayEquals(want, out.get(org.nd4j.linalg.indexing.NDArrayIndex.point(b)).dup().data().asFloat());
        }
    }

    @Test
    void applyIntoWritesWhatApplyReturns() {
        float[] src = {1, 2, 3, 4, 5, 6, 7, 8};
        FrameTransform twice = (f, rng) -> {
            float[] d = f.data().clone();
            for (int i = 0; i < d.length; i++) {
                d[i] *= 2 + rng.nextInt(2);
            }
            return new Frames(d, f.shape());
        };
        for (FrameTransform t : new FrameTransform[] {twice, new FrameShift(1)}) {
            float[] dest = new float[8];
            t.applyInto(src, new int[] {2, 2, 2}, dest, new SplittableRandom(8));
            assertArrayEquals(t.apply(new Frames(src.clone(), 2, 2, 2), new SplittableRandom(8)).data(), dest);
        }
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, src);
    }

    @Test
    void validatesTheRangeAndRank() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FrameShift(-1)).getMessage().contains("maxShiftPx"));
        assertThrows(IllegalArgumentException.class, () -> FrameShift.shifted(new Frames(new float[3], 3), 1, 1));
    }
}
