package org.snn4j.experiment.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.train.Batch;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.transforms.Frames;
import org.snn4j.datasets.transforms.SpatialJitter;
import org.snn4j.datasets.transforms.ToSpikeTensor;

/** Packed SLAYER spike tensors: exact round trip, time-major batches, and jitter equal to SpatialJitter. */
class SlayerSpikeDataTest {
    private static final int T = 2;
    private static final int H = 3;
    private static final int W = 4;

    /** Sample 0: spikes at (t, p, y, x) = (0, 0, 0, 1) and (1, 1, 2, 3). Sample 1: a count of 2 at (1, 0, 1, 0). */
    private static SlayerSpikeData tiny() {
        float[] a = new float[T * 2 * H * W];
        a[index(0, 0, 0, 1)] = 1f;
        a[index(1, 1, 2, 3)] = 1f;
        float[] b = new float[T * 2 * H * W];
        b[index(1, 0, 1, 0)] = 2f;
        return SlayerSpikeData.pack(List.of(new Frames(a, T, 2, H, W), new Frames(b, T, 2, H, W)), new int[] {3, 7});
    }

    private static int index(int t, int p, int y, int x) {
        return ((t * 2 + p) * H + y) * W + x;
    }

    @Test
    void packsOnlyTheSpikesAndExpandsTimeMajor() {
        SlayerSpikeData d = tiny();
        assertEquals(2, d.spikeCount(0));
        assertEquals(1, d.spikeCount(1));
        assertEquals(3, d.totalSpikes());
        INDArray x = d.batch(new int[] {1, 0}, 0, new SplittableRandom(0));
        assertArrayEquals(new long[] {T, 2, 2, H, W}, x.shape());
        assertEquals(1.0, x.getDouble(1, 0, 0, 1, 0), 0, "sample 1 is batch element 0; counts become 1");
        assertEquals(1.0, x.getDouble(0, 1, 0, 0, 1), 0);
        assertEquals(1.0, x.getDouble(1, 1, 1, 2, 3), 0);
        assertEquals(3.0, x.sumNumber().doubleValue(), 0);
    }

    @Test
    void shiftMovesSpikesAndDropsThoseThatLeaveTheSensor() {
        SlayerSpikeData d = tiny();
        float[] right = new float[T * 2 * H * W];
        d.expandInto(0, 1, 0, right, 0, 1);
        assertEquals(1f, right[index(0, 0, 0, 2)], "x 1 -> 2");
        assertEquals(1f, sum(right), "x 3 -> 4 leaves the 4-px-wide sensor");
        float[] upLeft = new float[T * 2 * H * W];
        d.expandInto(0, -1, -2, upLeft, 0, 1);
        assertEquals(1f, upLeft[index(1, 1, 0, 2)], "(y, x) = (2, 3) -> (0, 2)");
        assertEquals(1f, sum(upLeft), "(0, 1) -> (-2, 0) is dropped");
    }

    @Test
    void jitterOfEightPixelsReachesEveryShiftFromMinusEightToEightAndNoFurther() {
        int side = 17;
        float[] centre = new float[2 * side * side];
        centre[8 * side + 8] = 1f;
        SlayerSpikeData d = SlayerSpikeData.pack(List.of(new Frames(centre, 1, 2, side, side)), new int[] {0});
        Set<Integer> xs = new HashSet<>();
        Set<Integer> ys = new HashSet<>();
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 400; i++) {
            float[] x = d.batch(new int[] {0}, 8, rng).data().asFloat();
            assertEquals(1f, sum(x), "a shift of at most 8 px keeps the centre spike of a 17-px sensor");
            for (int k = 0; k < x.length; k++) {
                if (x[k] == 1f) {
                    assertTrue(k < side * side, "polarity 0 stays polarity 0");
                    xs.add(k % side - 8);
                    ys.add(k / side - 8);
                }
            }
        }
        Set<Integer> all = new HashSet<>();
        for (int s = -8; s <= 8; s++) {
            all.add(s);
        }
        assertEquals(all, xs);
        assertEquals(all, ys);
    }

    @Test
    void batchesAreSeededAndVisitEverySampleOnce() {
        SlayerSpikeData d = tiny();
        List<Batch> first = collect(d, 11);
        List<Batch> again = collect(d, 11);
        Set<Integer> labels = new HashSet<>();
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).input(), again.get(i).input());
            assertArrayEquals(first.get(i).labels(), again.get(i).labels());
            for (int y : first.get(i).labels()) {
                assertTrue(labels.add(y));
            }
        }
        assertEquals(Set.of(3, 7), labels);
    }

    @Test
    void jitterEqualsSpatialJitterOnTheEventsBeforeBinning() throws Exception {
        Path root = sharedNmnist();
        assumeTrue(root != null, "shared N-MNIST not found (set SNN4J_DATA)");
        EventDataset ds = NMnist.at(root).split(Split.TEST);
        ToSpikeTensor bins = ToSpikeTensor.slayerNMnist();
        List<Events> events = new ArrayList<>();
        List<Frames> frames = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add(ds.get(i * 30).events());
            frames.add(bins.encode(events.get(i)));
        }
        SlayerSpikeData d = SlayerSpikeData.pack(frames, new int[] {0, 1, 2});
        for (int i = 0; i < 3; i++) {
            float[] expected = bins.encode(new SpatialJitter(8).apply(events.get(i), new SplittableRandom(100 + i))).data();
            INDArray actual = d.batch(new int[] {i}, 8, new SplittableRandom(100 + i));
            assertArrayEquals(expected, actual.data().asFloat(), "sample " + i);
        }
        assertArrayEquals(frames.get(1).data(), d.batch(new int[] {1}, 0, new SplittableRandom(1)).data().asFloat());
    }

    @Test
    void rejectsBadInputWithTheReason() {
        Frames threeChannels = new Frames(new float[T * 3 * H * W], T, 3, H, W);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SlayerSpikeData.pack(List.of(threeChannels), new int[] {0}));
        assertTrue(e.getMessage().contains("[T, 2, H, W]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> tiny().batches(2, true, -1));
        assertTrue(e.getMessage().contains("jitterPx"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SlayerSpikeData.pack(List.of(threeChannels), new int[] {0, 1}));
        assertTrue(e.getMessage().contains("one label per sample"), e.getMessage());
        Frames small = new Frames(new float[T * 2 * 2 * W], T, 2, 2, W);
        e = assertThrows(IllegalArgumentException.class,
                () -> SlayerSpikeData.pack(List.of(new Frames(new float[T * 2 * H * W], T, 2, H, W), small), new int[] {0, 1}));
        assertEquals("pack: sample 1 has shape [2, 2, 2, 4], sample 0 has [2, 2, 3, 4]", e.getMessage());
    }

    private static List<Batch> collect(SlayerSpikeData d, long seed) {
        List<Batch> out = new ArrayList<>();
        Iterator<Batch> it = d.batches(1, true, 1).batches(seed);
        it.forEachRemaining(out::add);
        return out;
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }

    /** {@code $SNN4J_DATA/nmnist} or the repository's sibling {@code shared/data/nmnist}, or null. */
    static Path sharedNmnist() {
        String env = System.getenv("SNN4J_DATA");
        for (String c : new String[] {env == null ? "" : env + "/nmnist", "../shared/data/nmnist", "../../shared/data/nmnist"}) {
            if (!c.isEmpty() && Files.isDirectory(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }
}
