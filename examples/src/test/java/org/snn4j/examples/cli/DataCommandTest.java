package org.snn4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;

/** {@code snn4j data emulate} writes an N-MNIST folder that {@link NMnist} loads; {@code data frames} renders it. */
class DataCommandTest {
    private static Path sharedData() {
        String env = System.getenv("SNN4J_DATA");
        Path p = Path.of(env != null ? env : "../shared/data").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("mnist")), "shared data not found at " + p);
        return p;
    }

    @Test
    void emulatedFolderLoadsThroughNMnist(@TempDir Path tmp) throws Exception {
        Path mnist = sharedData().resolve("mnist");
        Path out = tmp.resolve("emu");
        int code = Snn4jCli.commandLine().execute("data", "emulate", "--data", mnist.toString(), "--train-count", "10", "--test-count", "12",
                "--out", out.toString());
        assertEquals(0, code);
        var test = NMnist.at(out).split(Split.TEST);
        assertEquals(12, test.size());
        var train = NMnist.at(out).split(Split.TRAIN);
        assertEquals(10, train.size());
        java.util.Set<Integer> classes = new java.util.HashSet<>();
        for (int i = 0; i < train.size(); i++) {
            classes.add(train.label(i));
        }
        assertTrue(classes.size() >= 5, "evenly spaced images span the classes of a class-sorted file: " + classes);
        int first = -1;
        for (int i = 0; i < test.size(); i++) {
            if (test.path(i).getFileName().toString().equals("00001.bin")) {
                first = i;
            }
        }
        var sample = test.get(first);
        assertEquals(7, sample.label(), "MNIST t10k image 1 (1-based) is a 7");
        assertTrue(sample.events().size() > 500, "an emulated recording has events: " + sample.events().size());

        Path png = tmp.resolve("frames.png");
        code = Snn4jCli.commandLine().execute("data", "frames", sample.path().toString(), "--frames", "3", "--out", png.toString());
        assertEquals(0, code);
        var img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(3 * 300 + 60, img.getWidth(), "three 300-pixel panels");
        assertEquals(300 + 170, img.getHeight(), "square sensor: panel height = width, plus title and legend");
    }

    @Test
    void cifar10DvsLayoutLoadsThroughCifar10Dvs(@TempDir Path tmp) throws Exception {
        Path mnist = sharedData().resolve("mnist");
        Path out = tmp.resolve("cifar");
        int code = Snn4jCli.commandLine().execute("data", "emulate", "--layout", "cifar10-dvs", "--data", mnist.toString(),
                "--train-count", "12", "--test-count", "8", "--out", out.toString());
        assertEquals(0, code);
        // 20 evenly spaced training images hold every digit, so all ten class folders exist
        var all = org.snn4j.datasets.Cifar10Dvs.at(out).all();
        assertEquals(20, all.size());
        assertTrue(Files.isRegularFile(out.resolve("airplane/cifar10_airplane_0.aedat")), "digit 0 is class airplane");
        var sample = all.get(0);
        assertEquals(128, sample.events().width());
        assertTrue(sample.events().size() > 1000, "an emulated recording has events: " + sample.events().size());
    }

    @Test
    void dvsGestureLayoutLoadsThroughDvsGesture(@TempDir Path tmp) throws Exception {
        Path mnist = sharedData().resolve("mnist");
        Path out = tmp.resolve("gesture");
        int code = Snn4jCli.commandLine().execute("data", "emulate", "--layout", "dvs-gesture", "--data", mnist.toString(),
                "--train-count", "3", "--test-count", "2", "--out", out.toString());
        assertEquals(0, code);
        var gesture = org.snn4j.datasets.DvsGesture.at(out);
        assertEquals(3, gesture.split(Split.TRAIN).size());
        var test = gesture.split(Split.TEST);
        assertEquals(2, test.size());
        assertTrue(test.get(1).events().size() > 1000, "a labelled interval holds its recording's events");
    }
}
