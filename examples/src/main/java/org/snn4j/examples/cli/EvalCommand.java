package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.snn4j.autograd.checkpoint.Checkpoint;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.train.Evaluator;
import org.snn4j.experiment.Experiment;
import org.snn4j.examples.report.RunReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code snn4j eval}: held-out accuracy of a checkpoint, on the data and readout of the config that
 * trained it: its own ({@code metadata.config}), a config file, or a preset.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a checkpoint on the held-out set of its experiment config.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--checkpoint", required = true, description = "Checkpoint folder (model.json + weights.safetensors).")
    Path checkpoint;

    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(names = "--config", description = "The experiment config whose data and readout to use.")
        Path config;

        @Option(names = "--preset", description = "The preset whose data and readout to use.")
        String preset;
    }

    @Mixin
    HeldOutOptions heldOut = new HeldOutOptions();

    @Override
    public Integer call() throws Exception {
        List<String> edits = new ArrayList<>(heldOut.sets());
        edits.add("data.limitTrain=1");
        Experiment ex = source == null ? Experiment.fromFile(checkpoint, edits)
                : source.config != null ? Experiment.fromFile(source.config, edits)
                : Experiment.preset(source.preset, edits);
        Module model = Checkpoint.loadModel(checkpoint);
        double acc = Evaluator.accuracy(model, ex.objective(), ex.data().test());
        String name = ex.config().name();
        System.out.printf(Locale.ROOT, "%s on %s: test accuracy %.4f (%d samples)%n", checkpoint, name, acc,
                ex.data().test().numSamples());
        if (heldOut.report != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("checkpoint", checkpoint.toString());
            r.put("preset", name);
            r.put("testAccuracy", acc);
            r.put("testSamples", ex.data().test().numSamples());
            RunReport.write(heldOut.report, r);
        }
        return 0;
    }
}
