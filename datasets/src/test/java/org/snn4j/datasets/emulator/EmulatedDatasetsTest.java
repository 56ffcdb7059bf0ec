package org.snn4j.datasets.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.datasets.Cifar10Dvs;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.cache.ProgressBar;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.io.Aedat2Reader;
import org.snn4j.datasets.io.LabeledImages;
import org.snn4j.datasets.io.NMnistBinReader;

class EmulatedDatasetsTest {
    @TempDir
    Path dir;

    @Test
    void emulatedIdxFolderLoadsThroughNMnist() throws Exception {
        LabeledImages test = DvsEmulatorTest.mnistTest().slice(0, 12);
        Path out = dir.resolve("nmnist-emulated");
        assertEquals(12, EmulatedDatasets.writeNMnistLayout(test, Split.TEST, out, EmulationPreset.nmnist(), 5, 2,
                ProgressBar.silent()));
        assertEquals(12, EmulatedDatasets.writeNMnistLayout(test, Split.TRAIN, out, EmulationPreset.nmnist(), 6, 2,
                ProgressBar.silent()));
        EventDataset split = NMnist.at(out).split(Split.TEST);
        assertEquals(12, split.size());
        // MNIST t10k labels start 7, 2, 1, 0, 4, 1, 4, 9, 5, 9 (shared/data/README.md)
        assertTrue(Files.isRegularFile(out.resolve("Test/7/00001.bin")));
        assertTrue(Files.isRegularFile(out.resolve("Test/2/00002.bin")));
        assertTrue(Files.isRegularFile(out.resolve("Test/9/00010.bin")));
        for (int i = 0; i < split.size(); i++) {
            int index = Integer.parseInt(split.id(i).substring(split.id(i).lastIndexOf('/') + 1)) - 1;
            assertEquals(test.label(index), split.label(i));
            assertEquals(EmulatedDatasets.emulate(test, index, EmulationPreset.nmnist(), 5), split.get(i).events());
        }
        assertEquals(12, NMnist.at(out).split(Split.TRAIN).size());
    }

    @Test
    void outputDoesNotDependOnTheThreadCount() throws Exception {
        LabeledImages test = DvsEmulatorTest.mnistTest().slice(0, 6);
        EmulatedDatasets.writeNMnistLayout(test, Split.TEST, dir.resolve("one"), EmulationPreset.nmnist(), 9, 1, ProgressBar.silent());
        EmulatedDatasets.writeNMnistLayout(test, Split.TEST, dir.resolve("two"), EmulationPreset.nmnist(), 9, 2, ProgressBar.silent());
        try (Stream<Path> files = Files.walk(dir.resolve("one"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path twin = dir.resolve("two").resolve(dir.resolve("one").relativize(f));
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(twin), f.toString());
            }
        }
    }

    @Test
    void cifar10DvsLayoutIsAedat2ReadableByTheDatasetClass() throws Exception {
        // one image per class (Cifar10Dvs needs all ten folders) plus a second airplane
        byte[] labels = {0, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8};
        byte[] pixels = new byte[labels.length * 3 * 32 * 32];
        new SplittableRandom(1).nextBytes(pixels);
        LabeledImages images = new LabeledImages(pixels, labels, 3, 32, 32);
        EmulationPreset shortRun = EmulationPreset.cifar10Dvs().withConfig(new EmulatorConfig(128, 128, 50_000, 1000, 0.25,
                0.03, 500, 0.1, 0.1));
        Path out = dir.resolve("cifar10-dvs");
        EmulatedDatasets.writeCifar10DvsLayout(images, out, shortRun, 3, 2, ProgressBar.silent());
        assertTrue(Files.isRegularFile(out.resolve("airplane/cifar10_airplane_0.aedat")));
        assertTrue(Files.isRegularFile(out.resolve("airplane/cifar10_airplane_1.aedat")));
        Path truck = out.resolve("truck/cifar10_truck_0.aedat");
        Events read = new Aedat2Reader().read(truck);
        Events written = EmulatedDatasets.emulate(images, 1, shortRun, 3);
        assertEquals(written.size(), read.size());
        for (int k = 0; k < read.size(); k += 97) {
            assertEquals(written.x(k), read.x(k));
            assertEquals(written.y(k), read.y(k));
            assertEquals(written.p(k), read.p(k));
            assertEquals(written.t(k) - written.t(0), read.t(k));
        }
        EventDataset all = Cifar10Dvs.at(out).all();
        assertEquals(11, all.size());
    }

    @Test
    void colourImagesBecomeLuma() {
        byte[] px = new byte[3 * 2];
        px[0] = (byte) 255; // R of pixel 0
        px[3] = (byte) 255; // G of pixel 1
        float[] gray = EmulatedDatasets.intensities(new LabeledImages(px, new byte[] {0}, 3, 1, 2), 0);
        assertArrayEquals(new float[] {0.299f, 0.587f}, gray, 1e-6f);
    }

    @Test
    void writtenBinFilesPassTheStrictReader() throws IOException, InterruptedException {
        LabeledImages test = DvsEmulatorTest.mnistTest().slice(0, 2);
        EmulatedDatasets.writeNMnistLayout(test, Split.TEST, dir, EmulationPreset.nmnist(), 1, 1, ProgressBar.silent());
        Events e = new NMnistBinReader().read(dir.resolve("Test/7/00001.bin"));
        assertEquals(EmulatedDatasets.emulate(test, 0, EmulationPreset.nmnist(), 1), e);
    }
}
