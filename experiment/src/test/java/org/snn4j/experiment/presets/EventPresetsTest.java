package org.snn4j.experiment.presets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.autograd.train.Batch;
import org.snn4j.datasets.cache.ProgressBar;
import org.snn4j.datasets.emulator.EmulatedDatasets;
import org.snn4j.datasets.emulator.EmulationPreset;
import org.snn4j.datasets.emulator.EmulatorConfig;
import org.snn4j.datasets.io.LabeledImages;
import org.snn4j.experiment.Experiment;
import org.snn4j.experiment.ExperimentResult;
import org.snn4j.experiment.model.ModelSummary;

/**
 * The CIFAR10-DVS and DVS128 Gesture presets train one epoch end to end, through the streamed
 * loader, on tiny DVS-emulated trees written here (random 32×32 images, 30 ms recordings): no real
 * recording is involved. Limits, T, frame size and batch are shrunk with overrides; the models are
 * the presets' own.
 */
class EventPresetsTest {
    @TempDir
    static Path tmp;
    static Path cifar;
    static Path gesture;

    @BeforeAll
    static void writeTrees() throws Exception {
        byte[] labels = new byte[20];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) (i % 10);
        }
        byte[] pixels = new byte[labels.length * 32 * 32];
        new SplittableRandom(3).nextBytes(pixels);
        LabeledImages images = new LabeledImages(pixels, labels, 1, 32, 32);
        EmulationPreset shortRun = EmulationPreset.cifar10Dvs().withConfig(
                new EmulatorConfig(128, 128, 30_000, 1000, 0.25, 0.03, 500, 0.1, 0.1));
        cifar = tmp.resolve("cifar10-dvs");
        EmulatedDatasets.writeCifar10DvsLayout(images, cifar, shortRun, 1, 2, ProgressBar.silent());
        gesture = tmp.resolve("dvs-gesture");
        EmulatedDatasets.writeDvsGestureLayout(images, 12, gesture, shortRun, 1);
    }

    private static ExperimentResult oneEpoch(String preset, Path dir, String... more) throws Exception {
        List<String> sets = new ArrayList<>(List.of("data.dir=" + dir, "train.epochs=1", "train.batchSize=2",
                "train.testBatch=2", "data.limitTrain=4", "data.limitTest=2", "data.frames.T=2"));
        sets.addAll(List.of(more));
        Experiment ex = Experiment.preset(preset, sets).output(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), false);
        ExperimentResult r = ex.run();
        assertEquals(1, r.epochLosses().size());
        assertTrue(Double.isFinite(r.epochLosses().get(0)) && r.epochLosses().get(0) > 0, r.epochLosses().toString());
        assertTrue(r.testAccuracy() >= 0 && r.testAccuracy() <= 1);
        return r;
    }

    @Test
    void cifar10DvsSmallTrainsAnEpoch() throws Exception {
        oneEpoch("cifar10dvs-small", cifar, "data.split=random", "data.trainRatio=0.5");
    }

    @Test
    void cifar10DvsVggTrainsAnEpochAt16x16() throws Exception {
        oneEpoch("cifar10dvs-vgg", cifar, "data.split=random", "data.trainRatio=0.5", "data.frames.size=[16,16]");
    }

    @Test
    void dvsGesturePresetTrainsAnEpoch() throws Exception {
        oneEpoch("dvs-gesture-plif", gesture, "data.frames.size=[32,32]");
    }

    @Test
    void dvsGesturePresetStatesItsActivationMemoryAndWarnsOnSmallMachines() throws Exception {
        ModelSummary summary = Experiment.preset("dvs-gesture-plif", List.of("data.dir=" + gesture)).summary();
        // per sample and step: 3 x 128^3 + 128 x 64^2 (conv, BN, PLIF at 128x128, then the pool), ... down to the FC head
        long perSampleStep = 9_084_438L;
        assertEquals(perSampleStep * 20 * 16 * 4, summary.activationBytes(16));
        String small = summary.memoryLine(16, 16L << 30);
        assertTrue(small.contains("10.83 GiB") && small.contains("warning") && small.contains("about 11 fits"), small);
        String big = summary.memoryLine(16, 64L << 30);
        assertFalse(big.contains("warning"), big);
    }

    @Test
    void cifarBatchesAreTimeMajorResizedFramesOfTheSplit() throws Exception {
        Experiment ex = Experiment.preset("cifar10dvs-vgg", List.of("data.dir=" + cifar, "data.split=random",
                "data.trainRatio=0.5", "train.batchSize=3"));
        assertEquals(10, ex.data().train().numSamples());
        assertEquals(10, ex.data().test().numSamples());
        Batch b = ex.data().train().batches(7).next();
        assertArrayEquals(new long[] {10, 3, 2, 48, 48}, b.input().shape());
        assertTrue(b.input().sumNumber().doubleValue() > 0, "frames hold events");
        Batch again = ex.data().train().batches(7).next();
        assertArrayEquals(b.labels(), again.labels(), "the same epoch seed gives the same order");
        assertEquals(b.input(), again.input());
        // the TET split puts per-class recordings 0-99 in the test set: all of this tiny tree
        Experiment tet = Experiment.preset("cifar10dvs-vgg", List.of("data.dir=" + cifar));
        assertEquals(20, tet.data().test().numSamples());
        assertEquals(0, tet.data().train().numSamples());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "cifar10dvs-small | data.orientation=upside  | data.orientation: \"upside\" is not one of jaer-upright, jaer-bottom-left, spikingjelly",
        "cifar10dvs-small | data.split=half          | data.split: \"half\" is not one of tet, random",
        "cifar10dvs-small | data.trainRatio=1.5      | data.trainRatio: must be in [0, 1], got 1.5",
        "cifar10dvs-small | data.frames.size=[200,48] | data.frames.size: [200,48] must be at least [1, 1] and at most the sensor size [128, 128]",
        "cifar10dvs-small | data.frames.by=spikes    | data.frames.by: spikes is only implemented for nmnist; use time or count",
        "nmnist-lif-cnn   | data.split=tet           | data.split: only cifar10-dvs takes split",
    })
    void badDataSettingsAreOneLineErrors(String preset, String edit, String message) {
        org.snn4j.experiment.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.snn4j.experiment.ConfigException.class, () -> Experiment.preset(preset, List.of(edit)));
        assertEquals(message, e.getMessage());
    }
}
