package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.snn4j.autograd.train.EpochMetrics;
import org.snn4j.autograd.train.TrainingListener;
import org.snn4j.autograd.train.TrainingResult;
import org.snn4j.examples.progress.MetricsLog;
import org.snn4j.examples.progress.TrainingProgress;
import org.snn4j.examples.report.RunReport;
import org.snn4j.experiment.Experiment;
import org.snn4j.experiment.ExperimentResult;
import org.snn4j.nativebuild.NativeSelection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code snn4j train --config FILE | --preset NAME [--set a.b=V ...]}: trains an experiment config
 * (a config file, a run report or a checkpoint) and reports held-out accuracy. The shortcut options
 * are {@code --set} edits: {@code --epochs} = {@code train.epochs}, {@code --seed} = {@code seed},
 * {@code --lr} = {@code optimizer.lr}, {@code --batch-size} = {@code train.batchSize},
 * {@code --limit-train/--limit-test} = {@code data.limitTrain/limitTest}, {@code --data} = {@code data.dir}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train an experiment config or a preset and evaluate it on the held-out set.")
final class TrainCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    ExperimentSource source;

    @Option(names = "--set", paramLabel = "a.b.c=VALUE",
            description = "Edit the config before it is resolved (repeatable).")
    List<String> sets = new ArrayList<>();

    @Mixin
    HeldOutOptions heldOut = new HeldOutOptions();

    @Option(names = "--epochs", description = "Same as --set train.epochs=N.")
    Integer epochs;

    @Option(names = "--seed", description = "Same as --set seed=N.")
    Long seed;

    @Option(names = "--lr", description = "Same as --set optimizer.lr=X.")
    Double lr;

    @Option(names = "--batch-size", description = "Same as --set train.batchSize=N.")
    Integer batchSize;

    @Option(names = "--limit-train", description = "Same as --set data.limitTrain=N (N evenly spaced samples).")
    Integer limitTrain;

    @Option(names = "--checkpoint", description = "Write a checkpoint to this folder after every epoch.")
    Path checkpoint;

    @Option(names = "--resume", description = "Resume from the checkpoint in this folder; --epochs must go past its"
            + " epochs and the recorded settings (the resolved config except epochs) must match unless --override.")
    Path resume;

    @Option(names = "--override", description = "On --resume, accept settings that differ from the checkpoint's "
            + "(the report records both and the epoch of the change).")
    boolean override;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Option(names = "--metrics", paramLabel = "FILE.jsonl", description = "Write one JSON line per step and per epoch.")
    Path metrics;

    @Mixin
    RunOutputOptions outputs = new RunOutputOptions();

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        List<String> edits = new ArrayList<>(heldOut.sets());
        add(edits, "train.epochs", epochs);
        add(edits, "seed", seed);
        add(edits, "optimizer.lr", lr);
        add(edits, "train.batchSize", batchSize);
        add(edits, "data.limitTrain", limitTrain);
        edits.addAll(sets);
        OutputTargets.checkpoint("--checkpoint", checkpoint);
        OutputTargets.file("--metrics", metrics);
        outputs.checkTargets(heldOut.report);
        Experiment ex = ExperimentSource.load(source, null, edits);
        String name = ex.config().name();
        String backend = NativeSelection.describe();
        System.out.println("snn4j train " + name + " (" + backend + ")");
        ExperimentResult r;
        try (MetricsLog log = metrics == null ? null : new MetricsLog(metrics, System::nanoTime)) {
            List<TrainingListener> listeners = new ArrayList<>();
            listeners.add(quiet ? TrainingListener.NONE : new TrainingProgress(System.out));
            if (log != null) {
                listeners.add(log);
            }
            r = ex.output(System.out, !quiet).listener(TrainingListener.all(listeners))
                    .checkpoints(checkpoint, resume, override).run();
        }
        TrainingResult t = r.training();
        System.out.printf(Locale.ROOT, "%s: test accuracy %.4f after %d epochs, %.1f s training, %s samples/s%n",
                name, t.testAccuracy(), t.epochs().size(), t.trainSeconds(), EpochMetrics.rate(t.samplesPerSecond()));
        Map<String, Object> rep = RunReport.of(name, ex.config().seed(), r.config(), t, backend);
        rep.put("dataset", ex.config().data().dataset());
        rep.put("parameters", r.parameters());
        rep.put("model", ex.summary().toReport());
        rep.put("warnings", r.warnings());
        rep.put("timings", Map.of("trainSeconds", t.trainSeconds(), "wallSeconds", (System.nanoTime() - start) / 1e9));
        for (Path f : outputs.finish(heldOut.report, rep, ex.model(), ex.objective(), ex.data().test())) {
            System.out.println("wrote " + f);
        }
        return 0;
    }

    /** Adds {@code path=value} to {@code edits} when {@code value} is set. */
    static void add(List<String> edits, String path, Object value) {
        if (value != null) {
            edits.add(path + "=" + value);
        }
    }
}
