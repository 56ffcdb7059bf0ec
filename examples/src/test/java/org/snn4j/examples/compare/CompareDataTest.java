package org.snn4j.examples.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snn4j.datasets.Split;
import org.snn4j.experiment.data.DatasetShape;
import org.snn4j.experiment.data.ImageData;

/**
 * Every dataset of the training pipeline is a compare dataset; event recordings become
 * per-polarity event-count images scaled to a maximum of 1, at the chosen size.
 */
class CompareDataTest {

    @Test
    void everyPipelineDatasetIsAComparisonDataset() {
        assertEquals(DatasetShape.REGISTRY.names(), CompareData.DATASETS.names());
        for (String name : CompareData.DATASETS.names()) {
            CompareDataset d = CompareData.DATASETS.get(name);
            assertEquals(name, d.name());
            assertEquals(DatasetShape.REGISTRY.get(name).events(), d.events());
        }
    }

    @Test
    void nmnistBecomesRateImages() throws Exception {
        Path root = null;
        String env = System.getenv("SNN4J_DATA");
        for (String c : new String[] {env == null ? "" : env + "/nmnist", "../shared/data/nmnist", "../../shared/data/nmnist"}) {
            if (!c.isEmpty() && Files.isDirectory(Path.of(c))) {
                root = Path.of(c);
                break;
            }
        }
        assumeTrue(root != null, "shared N-MNIST not found (set SNN4J_DATA)");
        DataOptions o = DataOptions.of("nmnist", root);
        ImageData d = CompareData.load(o, Split.TEST, 4);
        assertArrayEquals(new long[] {4, 2, 34, 34}, d.images().shape());
        assertArrayEquals(new long[] {2, 34, 34}, o.inputShape());
        assertMaxOneMinZero(d);
        assertEquals(4, d.labels().length);
    }

    @Test
    void cifar10DvsRecordingsBecomeRateImagesAtTheDefaultSize() throws Exception {
        DataOptions o = new DataOptions("cifar10-dvs", EmulatedTrees.cifar10Dvs(), null, null, "random", 0.5, 7);
        assertArrayEquals(new long[] {2, 48, 48}, o.inputShape());
        ImageData train = CompareData.load(o, Split.TRAIN, null);
        ImageData test = CompareData.load(o, Split.TEST, 4);
        assertArrayEquals(new long[] {10, 2, 48, 48}, train.images().shape());
        assertArrayEquals(new long[] {4, 2, 48, 48}, test.images().shape());
        assertMaxOneMinZero(train);
        // evenly spaced over the class-ordered split: 4 of 10 keeps 4 different classes
        assertEquals(4, java.util.Arrays.stream(test.labels()).distinct().count());
    }

    @Test
    void resizingKeepsEveryEvent() throws Exception {
        Path cifar = EmulatedTrees.cifar10Dvs();
        DataOptions full = new DataOptions("cifar10-dvs", cifar, List.of(128, 128), null, "random", 0.5, 7);
        DataOptions small = new DataOptions("cifar10-dvs", cifar, List.of(16, 16), null, "random", 0.5, 7);
        var events = full.entry().recordings().split(full, Split.TEST).get(0).events();
        var p = EventImages.pipeline(16, 16);
        float[] counts = p.encoder().encode(p.events().apply(events, null)).data();
        double sum = 0;
        for (float c : counts) {
            sum += c;
        }
        assertEquals(events.size(), sum, 0, "area binning keeps all events");
        assertArrayEquals(new long[] {1, 2, 16, 16}, CompareData.load(small, Split.TEST, 1).images().shape());
    }

    @Test
    void gestureHasElevenClassesAndItsUserSplit() throws Exception {
        DataOptions o = DataOptions.of("dvs-gesture", EmulatedTrees.dvsGesture());
        assertEquals(11, o.entry().classes());
        assertArrayEquals(new long[] {2, 32, 32}, o.inputShape());
        assertEquals(EmulatedTrees.GESTURE_TRAIN, CompareData.load(o, Split.TRAIN, null).size());
        assertEquals(EmulatedTrees.IMAGES - EmulatedTrees.GESTURE_TRAIN, CompareData.load(o, Split.TEST, null).size());
    }

    @Test
    void badSettingsAreOneLineErrors() {
        assertEquals("--dataset: unknown compare dataset 'cifar10'; known: mnist, fashion-mnist, nmnist, cifar10-dvs, "
                + "dvs-gesture", assertThrows(IllegalArgumentException.class, () -> DataOptions.of("cifar10", null)).getMessage());
        assertEquals("--split: only cifar10-dvs takes this option", assertThrows(IllegalArgumentException.class,
                () -> new DataOptions("nmnist", null, null, null, "tet", null, 0)).getMessage());
        assertEquals("--size: mnist images are 28x28; only event datasets take another size",
                assertThrows(IllegalArgumentException.class,
                        () -> new DataOptions("mnist", null, List.of(14, 14), null, null, null, 0)).getMessage());
        assertEquals("--size: 200,48 must be at least 1,1 and at most the cifar10-dvs sensor size 128,128",
                assertThrows(IllegalArgumentException.class,
                        () -> new DataOptions("cifar10-dvs", null, List.of(200, 48), null, null, null, 0)).getMessage());
        assertEquals("--orientation: 'upside' is not one of jaer-upright, jaer-bottom-left, spikingjelly",
                assertThrows(IllegalArgumentException.class,
                        () -> new DataOptions("cifar10-dvs", null, null, "upside", null, null, 0)).getMessage());
        assertEquals("--size: expected H,W such as 48,48, got '48;48'",
                assertThrows(IllegalArgumentException.class, () -> DataOptions.parseSize("48;48")).getMessage());
        assertEquals(List.of(32, 40), DataOptions.parseSize("32x40"));
        assertEquals(List.of(48, 48), DataOptions.parseSize("48"));
    }

    private static void assertMaxOneMinZero(ImageData d) {
        for (int i = 0; i < d.size(); i++) {
            assertEquals(1.0, d.images().slice(i).maxNumber().doubleValue(), 0);
            assertEquals(0.0, d.images().slice(i).minNumber().doubleValue(), 0);
        }
        assertTrue(d.images().shape()[1] >= 1);
    }
}
