package org.snn4j.examples.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.SplittableRandom;
import org.snn4j.datasets.cache.ProgressBar;
import org.snn4j.datasets.emulator.EmulatedDatasets;
import org.snn4j.datasets.emulator.EmulationPreset;
import org.snn4j.datasets.emulator.EmulatorConfig;
import org.snn4j.datasets.io.LabeledImages;

/**
 * Tiny DVS-emulated CIFAR10-DVS and DVS128 Gesture trees for tests: 20 random 32×32 images
 * (labels 0-9, twice each) recorded for 30 ms on a 128×128 sensor. No network, no real recording.
 */
public final class EmulatedTrees {
    /** Images per tree. */
    public static final int IMAGES = 20;
    /** Gesture: the first 12 images are the training user's, the other 8 the test user's. */
    public static final int GESTURE_TRAIN = 12;

    private static Path root;
    private static Path cifar;
    private static Path gesture;

    private EmulatedTrees() {
    }

    /**
     * The CIFAR10-DVS tree {@code <class>/cifar10_<class>_<k>.aedat}, two recordings per class,
     * written once per test JVM into a temporary folder that is deleted at exit.
     */
    public static synchronized Path cifar10Dvs() throws Exception {
        if (cifar == null) {
            cifar = root().resolve("cifar10-dvs");
            EmulatedDatasets.writeCifar10DvsLayout(images(), cifar, preset(), 1, 2, ProgressBar.silent());
        }
        return cifar;
    }

    /** The DVS128 Gesture tree (user01 trains, user24 tests), written once per test JVM. */
    public static synchronized Path dvsGesture() throws Exception {
        if (gesture == null) {
            gesture = root().resolve("dvs-gesture");
            EmulatedDatasets.writeDvsGestureLayout(images(), GESTURE_TRAIN, gesture, preset(), 1);
        }
        return gesture;
    }

    private static Path root() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("snn4j-emulated");
            Path dir = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        }
        return root;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover temporary folder
        }
    }

    private static LabeledImages images() {
        byte[] labels = new byte[IMAGES];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) (i % 10);
        }
        byte[] pixels = new byte[labels.length * 32 * 32];
        new SplittableRandom(3).nextBytes(pixels);
        return new LabeledImages(pixels, labels, 1, 32, 32);
    }

    private static EmulationPreset preset() {
        return EmulationPreset.cifar10Dvs().withConfig(new EmulatorConfig(128, 128, 30_000, 1000, 0.25, 0.03, 500, 0.1, 0.1));
    }
}
