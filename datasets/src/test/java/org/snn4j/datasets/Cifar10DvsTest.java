package org.snn4j.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;
import org.snn4j.datasets.io.Aedat2Writer;
import org.snn4j.datasets.io.Dvs128Orientation;

/** CIFAR10-DVS index, class order and both splits, on a tiny tree of AEDAT 2.0 files written here. */
class Cifar10DvsTest {
    /** Sample indices present per class: three below 100 (TET test), four at or above (TET train). */
    private static final int[] INDICES = {0, 7, 99, 100, 101, 500, 999};

    @TempDir
    Path data;
    private Path root;

    @BeforeEach
    void writeTree() throws Exception {
        root = data.resolve(Cifar10Dvs.NAME);
        for (int c = 0; c < 10; c++) {
            String cls = Cifar10Dvs.CLASS_NAMES.get(c);
            Files.createDirectories(root.resolve(cls));
            for (int i : INDICES) {
                Events e = new EventsBuilder(128, 128, 2).add(c, i % 128, 0, 1).add(127 - c, 5, 10 + i, 0).build();
                new Aedat2Writer(Dvs128Orientation.JAER_UPRIGHT, 123_456, true)
                        .write(e, root.resolve(cls).resolve("cifar10_" + cls + "_" + i + ".aedat"));
            }
            Files.writeString(root.resolve(cls).resolve("notes.txt"), "ignored");
        }
    }

    @Test
    void indexesTenClassesInTheStandardOrder() throws Exception {
        Cifar10Dvs ds = Cifar10Dvs.locate(new DataLocator(null, data), Dvs128Orientation.JAER_UPRIGHT);
        EventDataset all = ds.all();
        assertEquals(70, all.size());
        assertEquals("airplane", all.classNames().get(0));
        assertEquals("truck", all.classNames().get(9));
        assertEquals("bird/999", all.id(2 * 7 + 6));
        assertEquals(2, all.label(2 * 7 + 6));
        assertEquals(128, all.width());
        EventSample s = all.get(3 * 7 + 1);
        assertEquals("cat/7", s.id());
        assertEquals(3, s.events().x(0));
        assertEquals(7, s.events().y(0));
        assertEquals(17, s.events().t(1));
    }

    @Test
    void tetSplitPutsIndicesBelow100InTest() throws Exception {
        Cifar10Dvs ds = Cifar10Dvs.at(root);
        EventDataset test = ds.tetSplit(Split.TEST);
        EventDataset train = ds.tetSplit(Split.TRAIN);
        assertEquals(30, test.size());
        assertEquals(40, train.size());
        for (int i = 0; i < test.size(); i++) {
            assertTrue(index(test.id(i)) < 100, test.id(i));
        }
        for (int i = 0; i < train.size(); i++) {
            assertTrue(index(train.id(i)) >= 100, train.id(i));
        }
    }

    private static int index(String id) {
        return Integer.parseInt(id.substring(id.indexOf('/') + 1));
    }

    @Test
    void randomSplitIsSeededStratifiedAndDisjoint() throws Exception {
        Cifar10Dvs ds = Cifar10Dvs.at(root);
        EventDataset train = ds.randomSplit(Split.TRAIN, 0.7, 42);
        EventDataset test = ds.randomSplit(Split.TEST, 0.7, 42);
        assertEquals(50, train.size(), "round(0.7 * 7) = 5 per class");
        assertEquals(20, test.size());
        Set<String> seen = new HashSet<>(ids(train));
        for (String id : ids(test)) {
            assertTrue(seen.add(id), "in both splits: " + id);
        }
        assertEquals(70, seen.size());
        int[] perClass = new int[10];
        for (int l : train.labels()) {
            perClass[l]++;
        }
        assertEquals(List.of(5, 5, 5, 5, 5, 5, 5, 5, 5, 5), java.util.Arrays.stream(perClass).boxed().toList());
        assertEquals(ids(train), ids(ds.randomSplit(Split.TRAIN, 0.7, 42)), "same seed, same split");
        assertNotEquals(ids(train), ids(ds.randomSplit(Split.TRAIN, 0.7, 43)));
        assertThrows(IllegalArgumentException.class, () -> ds.randomSplit(Split.TRAIN, 1.5, 1));
    }

    private static List<String> ids(EventDataset d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            out.add(d.id(i));
        }
        return out;
    }

    @Test
    void orientationIsAppliedOnRead() throws Exception {
        Cifar10Dvs sj = Cifar10Dvs.locate(DataLocator.explicit(root), Dvs128Orientation.SPIKINGJELLY);
        Events e = sj.all().get(3 * 7 + 1).events();
        assertEquals(7, e.x(0), "SpikingJelly's x is the upright row");
        assertEquals(3, e.y(0));
    }

    @Test
    void missingOrEmptyClassFolderIsReported() throws Exception {
        for (Path f : Files.list(root.resolve("truck")).toList()) {
            Files.delete(f);
        }
        DatasetNotFoundException empty = assertThrows(DatasetNotFoundException.class, () -> Cifar10Dvs.at(root));
        assertTrue(empty.getMessage().contains("cifar10_truck_<0-999>.aedat"), empty.getMessage());
        Files.delete(root.resolve("truck"));
        DatasetNotFoundException missing = assertThrows(DatasetNotFoundException.class, () -> Cifar10Dvs.at(root));
        assertTrue(missing.getMessage().contains("missing truck/"), missing.getMessage());
    }
}
