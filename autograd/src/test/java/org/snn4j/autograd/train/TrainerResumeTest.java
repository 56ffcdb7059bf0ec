package org.snn4j.autograd.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.DropoutSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.ops.LossFunctions;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.autograd.optim.CosineAnnealing;
import org.snn4j.autograd.optim.Optimizer;

/** A run killed after epoch k and resumed from its checkpoint continues exactly like an uninterrupted run. */
class TrainerResumeTest {
    private static final int EPOCHS = 4;
    private static final int KILL_AFTER = 2;

    private static final Objective CE = new Objective() {
        @Override
        public Tensor loss(Tensor output, int[] labels) {
            return LossFunctions.crossEntropy(output, labels);
        }
    };

    /** A small synthetic 3-class problem with a dropout layer (so RNG state matters). */
    private static InMemoryBatchSource data() {
        SplittableRandom r = new SplittableRandom(7);
        int n = 96;
        float[] x = new float[n * 6];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 6; j++) {
                x[i * 6 + j] = (float) (r.nextGaussian() + (j % 3 == y[i] ? 1.5 : 0));
            }
        }
        return new InMemoryBatchSource(Nd4j.create(x, new long[] {n, 6}, 'c'), y, 16, true);
    }

    private static Module model(long seed) {
        return new SequentialSpec(new LinearSpec(6, 16), new ReLUSpec(), new DropoutSpec(0.25), new LinearSpec(16, 3))
                .build(new SplittableRandom(seed));
    }

    private static Trainer trainer(Module m, TrainerConfig cfg) {
        Optimizer opt = new AdamSpec(0.01).build(m.namedParameters());
        return new Trainer(m, opt, new CosineAnnealing(0.01, EPOCHS, 0), CE, cfg,
                new PrintStream(new ByteArrayOutputStream()));
    }

    /** Throws at the first batch of epoch {@code killEpoch}: the process "dies" there. */
    private static BatchSource killedAt(BatchSource inner, int killEpoch, long seed) {
        long deadly = Trainer.epochSeed(seed, killEpoch);
        return new BatchSource() {
            @Override
            public long numSamples() {
                return inner.numSamples();
            }

            @Override
            public Iterator<Batch> batches(long epochSeed) {
                if (epochSeed == deadly) {
                    throw new IllegalStateException("killed");
                }
                return inner.batches(epochSeed);
            }
        };
    }

    @Test
    void resumedRunMatchesUninterruptedRun(@TempDir Path tmp) {
        long seed = 11;
        TrainingResult full = trainer(model(seed), TrainerConfig.of(EPOCHS, seed)).fit(data(), data());

        Path ckpt = tmp.resolve("ckpt");
        Trainer dying = trainer(model(seed), TrainerConfig.of(EPOCHS, seed).withCheckpoint(ckpt));
        assertThrows(IllegalStateException.class, () -> dying.fit(killedAt(data(), KILL_AFTER + 1, seed), data()));
        assertTrue(Files.isRegularFile(ckpt.resolve("weights.safetensors")));

        // a fresh process: different initial weights, state comes only from the checkpoint
        TrainingResult resumed = trainer(model(999), TrainerConfig.of(EPOCHS, seed).withResume(ckpt)).fit(data(), data());

        List<EpochMetrics> a = full.epochs();
        List<EpochMetrics> b = resumed.epochs();
        assertEquals(EPOCHS, b.size());
        for (int e = 0; e < EPOCHS; e++) {
            assertEquals(a.get(e).trainLoss(), b.get(e).trainLoss(), 0.0, "train loss of epoch " + (e + 1));
            assertEquals(a.get(e).testAccuracy(), b.get(e).testAccuracy(), 0.0, "test accuracy of epoch " + (e + 1));
        }
        assertTrue(a.get(EPOCHS - 1).trainLoss() < a.get(0).trainLoss(), "training reduces the loss");
    }

    @Test
    void evaluatorCountsCorrectPredictions() {
        INDArray logits = Nd4j.createFromArray(new float[][] {{2, 1, 0}, {0, 3, 1}, {0, 0, 5}}).castTo(DataType.FLOAT);
        InMemoryBatchSource src = new InMemoryBatchSource(logits, new int[] {0, 1, 0}, 2, false);
        Module identity = new SequentialSpec().build(new SplittableRandom(1));
        assertEquals(2.0 / 3.0, Evaluator.accuracy(identity, CE, src), 1e-12);
    }
}
