package org.snn4j.autograd.train;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.optim.GradClipping;
import org.snn4j.autograd.optim.LrSchedule;
import org.snn4j.autograd.optim.Optimizer;

/**
 * The training loop for classifiers: seeded epochs, per-epoch metrics, optional gradient
 * clipping, a checkpoint after every epoch and exact resume.
 *
 * <p>Determinism: epoch {@code e} (1-based) draws everything random from
 * {@link #epochSeed(long, int)}: the batch order ({@link BatchSource#batches}) and the model's
 * stochastic layers ({@link Module#reseed}). A run resumed from the checkpoint of epoch k
 * therefore continues exactly as the uninterrupted run would have.
 */
public final class Trainer {
    private final Module model;
    private final Optimizer optimizer;
    private final LrSchedule schedule;
    private final Objective objective;
    private final TrainerConfig config;
    private final Progress progress;
    private Map<String, ?> metadata = Map.of();

    /**
     * @param schedule learning rate per epoch index (0-based), or null to keep the optimiser's rate
     */
    public Trainer(Module model, Optimizer optimizer, LrSchedule schedule, Objective objective,
                   TrainerConfig config, PrintStream out) {
        this.model = model;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.objective = objective;
        this.config = config;
        this.progress = new Progress(out, config.progress());
    }

    /**
     * Free-form metadata written into every checkpoint's model.json (the experiment module stores
     * the resolved config under {@code config}); returns this trainer.
     */
    public Trainer withMetadata(Map<String, ?> checkpointMetadata) {
        this.metadata = Map.copyOf(checkpointMetadata);
        return this;
    }

    /** The seed that epoch {@code epoch} (1-based) uses for shuffling and the model's layers. */
    public static long epochSeed(long seed, int epoch) {
        long z = seed + 0x9E3779B97F4A7C15L * epoch;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Trains for the configured epochs (continuing a checkpoint if asked) and evaluates on {@code test}. */
    public TrainingResult fit(BatchSource train, BatchSource test) {
        List<EpochMetrics> history = new ArrayList<>();
        int start = 1;
        if (config.resumeDir() != null) {
            history.addAll(TrainerCheckpoint.restore(config.resumeDir(), model, optimizer));
            start = history.size() + 1;
            progress.line("resumed from " + config.resumeDir() + " after epoch " + history.size());
        }
        for (int epoch = start; epoch <= config.epochs(); epoch++) {
            EpochMetrics m = runEpoch(epoch, train, test);
            history.add(m);
            progress.line(String.format(Locale.ROOT,
                    "epoch %d/%d  loss %.4f  train %.4f  test %.4f  lr %.3g  %.1fs  %.0f samples/s",
                    epoch, config.epochs(), m.trainLoss(), m.trainAccuracy(), m.testAccuracy(),
                    m.learningRate(), m.seconds(), m.samplesPerSecond()));
            if (config.checkpointDir() != null) {
                try {
                    TrainerCheckpoint.save(config.checkpointDir(), model, optimizer, history, metadata);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not write checkpoint " + config.checkpointDir(), e);
                }
            }
        }
        return summarise(history);
    }

    private EpochMetrics runEpoch(int epoch, BatchSource train, BatchSource test) {
        long seed = epochSeed(config.seed(), epoch);
        if (schedule != null) {
            schedule.applyTo(optimizer, epoch - 1);
        }
        model.train();
        model.reseed(seed);
        progress.startEpoch();
        long t0 = System.nanoTime();
        double lossSum = 0;
        long batches = 0;
        long seen = 0;
        long correct = 0;
        Iterator<Batch> it = train.batches(seed);
        while (it.hasNext()) {
            Batch b = it.next();
            optimizer.zeroGrad();
            Tensor out = model.forward(Tensor.constant(b.input()));
            Tensor loss = objective.loss(out, b.labels());
            loss.backward();
            if (config.clipNorm() > 0) {
                GradClipping.clipByNorm(model.parameters(), config.clipNorm());
            }
            optimizer.step();
            lossSum += loss.item();
            batches++;
            seen += b.size();
            correct += Evaluator.countCorrect(objective.predict(out), b.labels());
            progress.update(epoch, seen, train.numSamples(), lossSum / batches, (double) correct / seen);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double testAcc = test == null ? Double.NaN : Evaluator.accuracy(model, objective, test);
        return new EpochMetrics(epoch, lossSum / Math.max(1, batches), seen == 0 ? Double.NaN : (double) correct / seen,
                testAcc, optimizer.learningRate(), seconds, seen / Math.max(seconds, 1e-9));
    }

    private static TrainingResult summarise(List<EpochMetrics> history) {
        double seconds = 0;
        double samples = 0;
        for (EpochMetrics m : history) {
            seconds += m.seconds();
            samples += m.samplesPerSecond() * m.seconds();
        }
        double acc = history.isEmpty() ? Double.NaN : history.get(history.size() - 1).testAccuracy();
        return new TrainingResult(history, acc, seconds, samples / Math.max(seconds, 1e-9));
    }
}
