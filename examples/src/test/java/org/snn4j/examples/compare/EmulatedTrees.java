package org.snn4j.examples.compare;

import java.nio.file.Path;
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

    private EmulatedTrees() {
    }

    /** Writes {@code <dir>/<class>/cifar10_<class>_<k>.aedat}, two recordings per class; returns {@code dir}. */
    public static Path cifar10Dvs(Path dir) throws Exception {
        EmulatedDatasets.writeCifar10DvsLayout(images(), dir, preset(), 1, 2, ProgressBar.silent());
        return dir;
    }

    /** Writes a DVS128 Gesture tree (user01 trains, user24 tests); returns {@code dir}. */
    public static Path dvsGesture(Path dir) throws Exception {
        EmulatedDatasets.writeDvsGestureLayout(images(), GESTURE_TRAIN, dir, preset(), 1);
        return dir;
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
