package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.snn4j.experiment.Experiment;
import org.snn4j.experiment.ExperimentResult;
import org.snn4j.examples.report.RunReport;
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
    Source source;

    static final class Source {
        @Option(names = "--config", description = "Experiment config JSON, a run report (its config) or a checkpoint.")
        Path config;

        @Option(names = "--preset", description = "Preset name (listed below).")
        String preset;
    }

    @Option(names = "--set", description = "Edit the config before it is resolved: a.b.c=VALUE (repeatable).")
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

    @Option(names = "--resume", description = "Resume from the checkpoint in this folder.")
    Path resume;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        List<String> edits = new ArrayList<>(heldOut.sets());
        add(edits, "train.epochs", epochs);
        add(edits, "seed", seed);
        add(edits, "optimizer.lr", lr);
        add(edits, "train.batchSize", batchSize);
        add(edits, "data.limitTrain", limitTrain);
        edits.addAll(sets);
        Experiment ex = source.config != null ? Experiment.fromFile(source.config, edits)
                : Experiment.preset(source.preset, edits);
        String name = ex.config().name();
        String backend = NativeSelection.describe();
        System.out.println("snn4j train " + name + " (" + backend + ")");
        ExperimentResult r = ex.output(System.out, !quiet).checkpoints(checkpoint, resume).run();
        System.out.printf(Locale.ROOT, "%s: test accuracy %.4f after %d epochs, %.1f s training, %.0f samples/s%n",
                name, r.testAccuracy(), r.training().epochs().size(), r.training().trainSeconds(),
                r.training().samplesPerSecond());
        if (heldOut.report != null) {
            Map<String, Object> rep = RunReport.of(name, ex.config().seed(), r.config(), r.training(), backend);
            rep.put("parameters", r.parameters());
            rep.put("model", ex.summary().toReport());
            rep.put("warnings", r.warnings());
            RunReport.write(heldOut.report, rep);
            System.out.println("report written to " + heldOut.report);
        }
        return 0;
    }

    static void add(List<String> edits, String path, Object value) {
        if (value != null) {
            edits.add(path + "=" + value);
        }
    }
}
