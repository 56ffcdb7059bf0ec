package org.snn4j.autograd.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.ops.LossFunctions;
import org.snn4j.autograd.optim.SgdSpec;

/** Issue 19: strict resume, the numerical guard and empty splits. */
class TrainerGuardTest {
    private static final Objective CE = new Objective() {
        @Override
        public Tensor loss(Tensor output, int[] labels) {
            return LossFunctions.crossEntropy(output, labels);
        }
    };

    @TempDir
    Path tmp;

    private static InMemoryBatchSource data(int n) {
        SplittableRandom r = new SplittableRandom(3);
        float[] x = new float[Math.max(n, 1) * 4];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
        }
        return new InMemoryBatchSource(Nd4j.create(x, new long[] {Math.max(n, 1), 4}, 'c').get(
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n)), y, 8, true);
    }

    private static TrainingResult fit(TrainerConfig cfg, double lr, int n) {
        Module m = new SequentialSpec(new LinearSpec(4, 8), new ReLUSpec(), new LinearSpec(8, 2)).build(new SplittableRandom(1));
        Trainer t = new Trainer(m, new SgdSpec(lr).build(m.namedParameters()), null, CE, cfg,
                new PrintStream(new ByteArrayOutputStream()));
        return t.fit(data(n), data(16));
    }

    private static TrainerConfig cfg(int epochs, double lr) {
        return TrainerConfig.of(epochs, 5).withSettings(Map.of("lr", lr, "batchSize", 8), false);
    }

    @Test
    void resumingWithOtherSettingsIsAnErrorListingThem() {
        Path ck = tmp.resolve("ck");
        fit(cfg(1, 0.1).withCheckpoint(ck), 0.1, 32);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit(cfg(2, 0.25).withResume(ck), 0.25, 32));
        assertEquals("resuming " + ck + " would change settings the checkpoint recorded: lr 0.1 -> 0.25; rerun with the"
                + " recorded settings, or pass --override to continue with the new ones (the report then records both)",
                e.getMessage());
        TrainerConfig seed = TrainerConfig.of(2, 6).withSettings(Map.of("lr", 0.1, "batchSize", 8), false).withResume(ck);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fit(seed, 0.1, 32)).getMessage()
                .contains(": seed 5 -> 6;"));
    }

    @Test
    void overrideRecordsBothSettingsAndTheEpoch() {
        Path ck = tmp.resolve("ck");
        fit(cfg(1, 0.1).withCheckpoint(ck), 0.1, 32);
        TrainerConfig over = TrainerConfig.of(3, 5).withSettings(Map.of("lr", 0.05, "batchSize", 8), true);
        TrainingResult r = fit(over.withResume(ck).withCheckpoint(ck), 0.05, 32);
        assertEquals(1, r.settingsChanges().size());
        SettingsChange c = r.settingsChanges().get(0);
        assertEquals(2, c.epoch());
        assertEquals(Map.of("lr", 0.1), c.before());
        assertEquals(Map.of("lr", 0.05), c.after());
        TrainingResult again = fit(TrainerConfig.of(4, 5).withSettings(Map.of("lr", 0.05, "batchSize", 8), false)
                .withResume(ck), 0.05, 32);
        assertEquals(r.settingsChanges(), again.settingsChanges(), "the change is kept in the checkpoint");
    }

    @Test
    void epochsNotPastTheCheckpointAreAnError() {
        Path ck = tmp.resolve("ck");
        fit(cfg(2, 0.1).withCheckpoint(ck), 0.1, 32);
        for (int epochs : new int[] {1, 2}) {
            assertEquals("--epochs " + epochs + " does not go past the 2 epochs already in checkpoint " + ck
                    + "; pass --epochs 3 or more to continue", assertThrows(IllegalArgumentException.class,
                    () -> fit(cfg(epochs, 0.1).withResume(ck), 0.1, 32)).getMessage());
        }
    }

    @Test
    void aNonFiniteLossStopsTrainingWithEpochBatchAndLayer() {
        Path ck = tmp.resolve("ck");
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> fit(cfg(3, 1e30).withCheckpoint(ck), 1e30, 32));
        assertTrue(e.getMessage().matches("training diverged: loss is (NaN|-?Infinity) at epoch 1, batch 2; first non-finite: "
                + "(parameter \\d\\.(weight|bias)|layer \\d \\(Linear\\)); learning rate 1\\.00e\\+30 \\(try a smaller --lr or gradient clipping\\)"),
                e.getMessage());
        assertEquals(1, e.epoch());
        assertFalse(Files.exists(ck), "no checkpoint of a diverged epoch");
    }

    @Test
    void aStepThatLeavesTheOutputNonFiniteStopsTheEpochEvenWithOneBatch() {
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> fit(cfg(1, 1e30), 1e30, 8));
        assertTrue(e.getMessage().startsWith("training diverged: the model output after the last step is non-finite at"
                + " epoch 1, batch 1; first non-finite: "), e.getMessage());
    }

    @Test
    void emptySplitsAreErrors() {
        assertEquals("the training split is empty (0 samples); check the data folder and the sample limits",
                assertThrows(IllegalArgumentException.class, () -> fit(cfg(1, 0.1), 0.1, 0)).getMessage());
    }

    @Test
    void aMalformedTrainerJsonIsAOneLineErrorNotAClassCast() throws Exception {
        Path ck = tmp.resolve("ck");
        fit(cfg(1, 0.1).withCheckpoint(ck), 0.1, 32);
        Path t = ck.resolve("trainer.json");
        Files.delete(ck.resolve("manifest.json"));
        for (String history : new String[] {"[1, 2]", "[{\"epoch\": \"x\"}]", "{}"}) {
            Files.writeString(t, "{\"epochsDone\": 1, \"history\": " + history + "}");
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> fit(cfg(2, 0.1).withResume(ck), 0.1, 32));
            assertTrue(e.getMessage().startsWith("could not resume from " + ck + ": " + t + ": field 'history"), e.getMessage());
            assertFalse(e.getMessage().contains("class "), e.getMessage());
        }
    }
}
