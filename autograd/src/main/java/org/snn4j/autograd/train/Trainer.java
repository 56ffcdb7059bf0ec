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
 *
 * <p>Guards: empty splits are refused; a resume must go past the checkpoint's epochs and keep the
 * settings it recorded (see {@link TrainerConfig#settings()}) unless overridden; a NaN or
 * infinite loss stops training before the optimiser step with a {@link TrainingDivergedException}
 * that names the epoch, the batch and the first non-finite layer.
 */
public final class Trainer {
    private final Module model;
    private final Optimizer optimizer;
    private final LrSchedule schedule;
    private final Objective objective;
    private final TrainerConfig config;
    private final TrainingListener listener;
    private Map<String, ?> metadata = Map.of();

    /**
     * Prints one line per epoch to {@code out} when {@code config.progress()} is set.
     *
     * @param schedule learning rate per epoch index (0-based), or null to keep the optimiser's rate
     */
    public Trainer(Module model, Optimizer optimizer, LrSchedule schedule, Objective objective,
                   TrainerConfig config, PrintStream out) {
        this(model, optimizer, schedule, objective, config,
                config.progress() ? TrainingListener.epochLines(out) : TrainingListener.NONE);
    }

    /** A trainer that reports to {@code listener} (progress bars, metric logs, gradient monitors). */
    public Trainer(Module model, Optimizer optimizer, LrSchedule schedule, Objective objective,
                   TrainerConfig config, TrainingListener listener) {
        this.model = model;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.objective = objective;
        this.config = config;
        this.listener = listener;
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

    /**
     * Trains for the configured epochs (continuing a checkpoint if asked) and evaluates on {@code test}.
     *
     * @throws IllegalArgumentException for an empty split, a resume whose {@code epochs} do not go
     *                                  past the checkpoint, or one that changes recorded settings
     *                                  without {@link TrainerConfig#overrideSettings()}
     * @throws TrainingDivergedException when a batch's loss is NaN or infinite
     */
    public TrainingResult fit(BatchSource train, BatchSource test) {
        requireSamples("training", train);
        if (test != null) {
            requireSamples("test", test);
        }
        List<EpochMetrics> history = new ArrayList<>();
        List<SettingsChange> changes = new ArrayList<>();
        Map<String, Object> settings = TrainerCheckpoint.plain(config.settings());
        int start = 1;
        if (config.resumeDir() != null) {
            TrainerCheckpoint.Restored r = TrainerCheckpoint.read(config.resumeDir());
            ResumeCheck.requireMoreEpochs(config.resumeDir(), r.history().size(), config.epochs());
            SettingsChange change = ResumeCheck.compare(config.resumeDir(), r.settings(), settings,
                    r.history().size() + 1, config.overrideSettings());
            TrainerCheckpoint.restoreState(config.resumeDir(), model, optimizer);
            history.addAll(r.history());
            changes.addAll(r.changes());
            if (change != null) {
                changes.add(change);
                listener.onMessage("settings changed from epoch " + change.epoch() + " on (--override): "
                        + change.before() + " -> " + change.after());
            }
            start = history.size() + 1;
            listener.onMessage("resumed from " + config.resumeDir() + " after epoch " + history.size());
        }
        for (int epoch = start; epoch <= config.epochs(); epoch++) {
            EpochMetrics m = runEpoch(epoch, train, test);
            history.add(m);
            listener.onEpoch(m, config.epochs());
            if (config.checkpointDir() != null) {
                try {
                    TrainerCheckpoint.save(config.checkpointDir(), model, optimizer, history, settings, changes,
                            metadata);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not write checkpoint " + config.checkpointDir() + ": "
                            + e.getMessage(), e);
                }
            }
        }
        return summarise(history, changes);
    }

    private static void requireSamples(String split, BatchSource source) {
        if (source.numSamples() <= 0) {
            throw new IllegalArgumentException("the " + split + " split is empty (0 samples); check the data folder"
                    + " and the sample limits");
        }
    }

    private EpochMetrics runEpoch(int epoch, BatchSource train, BatchSource test) {
        long seed = epochSeed(config.seed(), epoch);
        if (schedule != null) {
            schedule.applyTo(optimizer, epoch - 1);
        }
        model.train();
        model.reseed(seed);
        listener.onEpochStart(epoch, config.epochs(), train.numSamples());
        long t0 = System.nanoTime();
        double lossSum = 0;
        long batches = 0;
        long seen = 0;
        long correct = 0;
        Iterator<Batch> it = train.batches(seed);
        Batch last = null;
        while (it.hasNext()) {
            Batch b = it.next();
            last = b;
            optimizer.zeroGrad();
            Tensor out = model.forward(Tensor.constant(b.input()));
            Tensor loss = objective.loss(out, b.labels());
            double lossValue = loss.item();
            if (!Double.isFinite(lossValue)) {
                throw diverged(epoch, batches + 1, "loss is " + lossValue, b);
            }
            loss.backward();
            listener.afterBackward(model);
            if (config.clipNorm() > 0) {
                GradClipping.clipByNorm(model.parameters(), config.clipNorm());
            }
            optimizer.step();
            lossSum += lossValue;
            batches++;
            seen += b.size();
            correct += Evaluator.countCorrect(objective.predict(out), b.labels());
            listener.onStep(epoch, seen, train.numSamples(), lossSum / batches, (double) correct / seen);
        }
        if (last != null && !NonFiniteProbe.outputFinite(model, last.input())) {
            throw diverged(epoch, batches, "the model output after the last step is non-finite", last);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double testAcc = test == null ? Double.NaN : Evaluator.accuracy(model, objective, test);
        return new EpochMetrics(epoch, lossSum / Math.max(1, batches), seen == 0 ? Double.NaN : (double) correct / seen,
                testAcc, optimizer.learningRate(), seconds, seen / Math.max(seconds, 1e-9));
    }

    /** {@code what} went non-finite at {@code batch} (1-based) of {@code epoch}. */
    private TrainingDivergedException diverged(int epoch, long batch, String what, Batch b) {
        String where = NonFiniteProbe.locate(model, b.input());
        return new TrainingDivergedException(epoch, batch, String.format(Locale.ROOT,
                "training diverged: %s at epoch %d, batch %d; first non-finite: %s; learning rate %.3g"
                        + " (try a smaller --lr%s)", what, epoch, batch, where, optimizer.learningRate(),
                config.clipNorm() > 0 ? "" : " or gradient clipping"));
    }

    private static TrainingResult summarise(List<EpochMetrics> history, List<SettingsChange> changes) {
        double seconds = 0;
        double samples = 0;
        for (EpochMetrics m : history) {
            seconds += m.seconds();
            samples += m.samplesPerSecond() * m.seconds();
        }
        double acc = history.isEmpty() ? Double.NaN : history.get(history.size() - 1).testAccuracy();
        return new TrainingResult(history, acc, seconds, samples / Math.max(seconds, 1e-9), changes);
    }
}
