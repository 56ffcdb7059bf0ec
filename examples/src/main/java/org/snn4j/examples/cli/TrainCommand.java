package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.snn4j.nativebuild.NativeSelection;
import org.snn4j.autograd.train.Trainer;
import org.snn4j.autograd.train.TrainerConfig;
import org.snn4j.autograd.train.TrainingListener;
import org.snn4j.autograd.train.TrainingResult;
import org.snn4j.examples.progress.MetricsLog;
import org.snn4j.examples.progress.TrainingProgress;
import org.snn4j.examples.presets.Experiment;
import org.snn4j.examples.presets.Preset;
import org.snn4j.examples.presets.PresetOptions;
import org.snn4j.examples.presets.Presets;
import org.snn4j.examples.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code snn4j train --preset NAME}: trains a preset and reports held-out accuracy. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a preset and evaluate it on the held-out set.")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--preset", required = true, description = "Preset name (listed below).")
    String preset;

    @Mixin
    HeldOutOptions heldOut = new HeldOutOptions();

    @Option(names = "--epochs", description = "Override the preset's number of epochs.")
    Integer epochs;

    @Option(names = "--seed", description = "Override the preset's seed.")
    Long seed;

    @Option(names = "--lr", description = "Override the preset's (peak) learning rate.")
    Double lr;

    @Option(names = "--batch-size", description = "Override the preset's training batch size.")
    Integer batchSize;

    @Option(names = "--limit-train", description = "Use only N evenly spaced training samples (smoke runs).")
    Integer limitTrain;

    @Option(names = "--checkpoint", description = "Write a checkpoint to this folder after every epoch.")
    Path checkpoint;

    @Option(names = "--resume", description = "Resume from the checkpoint in this folder; --epochs must go past its"
            + " epochs and the recorded settings (lr, batch size, seed, model, limits) must match unless --override.")
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
        Preset p = Presets.REGISTRY.get(preset);
        OutputTargets.checkpoint("--checkpoint", checkpoint);
        OutputTargets.file("--metrics", metrics);
        outputs.checkTargets(heldOut.report);
        Experiment ex = p.build(new PresetOptions(heldOut.data, epochs, seed, limitTrain, heldOut.limitTest, lr, batchSize));
        String backend = NativeSelection.describe();
        System.out.println("snn4j train " + p.name() + " (" + backend + ")");
        TrainerConfig cfg = new TrainerConfig(ex.epochs(), ex.seed(), ex.clipNorm(), checkpoint, resume, !quiet)
                .withSettings(settings(p, ex), override);
        TrainingResult r;
        try (MetricsLog log = metrics == null ? null : new MetricsLog(metrics, System::nanoTime)) {
            List<TrainingListener> listeners = new ArrayList<>();
            listeners.add(quiet ? TrainingListener.NONE : new TrainingProgress(System.out));
            if (log != null) {
                listeners.add(log);
            }
            Trainer trainer = new Trainer(ex.model(), ex.optimizer(), ex.schedule(), ex.objective(), cfg,
                    TrainingListener.all(listeners));
            r = trainer.fit(ex.train(), ex.test());
        }
        System.out.printf(Locale.ROOT, "%s: test accuracy %.4f after %d epochs, %.1f s training, %.0f samples/s%n",
                p.name(), r.testAccuracy(), r.epochs().size(), r.trainSeconds(), r.samplesPerSecond());
        Map<String, Object> rep = RunReport.of(p.name(), ex.seed(), ex.config(), r, backend);
        rep.put("dataset", p.dataset());
        rep.put("timings", Map.of("trainSeconds", r.trainSeconds(), "wallSeconds", (System.nanoTime() - start) / 1e9));
        for (Path f : outputs.finish(heldOut.report, rep, ex.model(), ex.objective(), ex.test())) {
            System.out.println("wrote " + f);
        }
        return 0;
    }

    /**
     * What a checkpoint records and a resume must keep: the preset, the limits and the whole
     * configuration (model, optimiser with its learning rate, batch size, sample counts), except the
     * number of epochs and the schedule text that names it.
     */
    private Map<String, Object> settings(Preset p, Experiment ex) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("preset", p.name());
        s.putAll(ex.config());
        s.remove("epochs");
        s.remove("schedule");
        return s;
    }
}
