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
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.autograd.train.Evaluator;
import org.snn4j.examples.report.MachineInfo;
import org.snn4j.experiment.Experiment;
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
    @Option(names = "--checkpoint", required = true, description = "Checkpoint folder (model.json + weights.safetensors)."
            + " A model.json declaring more than 200 million values is refused; raise the cap with"
            + " SNN4J_JAVA_OPTS=-Dsnn4j.maxParameters=N.")
    Path checkpoint;

    @ArgGroup(exclusive = true)
    ExperimentSource source;

    @Mixin
    HeldOutOptions heldOut = new HeldOutOptions();

    @Mixin
    RunOutputOptions outputs = new RunOutputOptions();

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        outputs.checkTargets(heldOut.report);
        List<String> edits = new ArrayList<>(heldOut.sets());
        edits.add("data.limitTrain=1");
        Experiment ex = ExperimentSource.load(source, checkpoint, edits);
        Module model = Checkpoint.loadModel(checkpoint);
        String name = ex.config().name();
        BatchSource test = ex.data().test();
        if (test.numSamples() == 0) {
            throw new IllegalArgumentException("the test split of " + name + " is empty (0 samples); check --data");
        }
        double acc = Evaluator.accuracy(model, ex.objective(), test);
        System.out.printf(Locale.ROOT, "%s on %s: test accuracy %.4f (%d samples)%n", checkpoint, name, acc,
                test.numSamples());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("checkpoint", checkpoint.toString());
        r.put("preset", name);
        r.put("dataset", ex.config().data().dataset());
        r.put("testAccuracy", acc);
        r.put("testSamples", test.numSamples());
        r.put("machine", MachineInfo.current());
        r.put("timings", Map.of("wallSeconds", (System.nanoTime() - start) / 1e9));
        for (Path f : outputs.finish(heldOut.report, r, model, ex.objective(), test)) {
            System.out.println("wrote " + f);
        }
        return 0;
    }
}
