package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.snn4j.autograd.checkpoint.Checkpoint;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.train.Evaluator;
import org.snn4j.examples.presets.Experiment;
import org.snn4j.examples.presets.Preset;
import org.snn4j.examples.presets.PresetOptions;
import org.snn4j.examples.presets.Presets;
import org.snn4j.examples.report.MachineInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code snn4j eval}: held-out accuracy of a checkpoint, on the data of the preset that trained it. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a checkpoint on the held-out set of a preset's dataset.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--checkpoint", required = true, description = "Checkpoint folder (model.json + weights.safetensors)."
            + " A model.json declaring more than 200 million values is refused; raise the cap with"
            + " SNN4J_JAVA_OPTS=-Dsnn4j.maxParameters=N.")
    Path checkpoint;

    @Option(names = "--preset", required = true, description = "The preset whose dataset and readout to use.")
    String preset;

    @Mixin
    HeldOutOptions heldOut = new HeldOutOptions();

    @Mixin
    RunOutputOptions outputs = new RunOutputOptions();

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Preset p = Presets.REGISTRY.get(preset);
        outputs.checkTargets(heldOut.report);
        Module model = Checkpoint.loadModel(checkpoint);
        Experiment ex = p.build(new PresetOptions(heldOut.data, null, null, 1, heldOut.limitTest));
        if (ex.test().numSamples() == 0) {
            throw new IllegalArgumentException("the test split of " + p.name() + " is empty (0 samples); check --data");
        }
        double acc = Evaluator.accuracy(model, ex.objective(), ex.test());
        System.out.printf(Locale.ROOT, "%s on %s: test accuracy %.4f (%d samples)%n", checkpoint, p.name(), acc,
                ex.test().numSamples());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("checkpoint", checkpoint.toString());
        r.put("preset", p.name());
        r.put("dataset", p.dataset());
        r.put("testAccuracy", acc);
        r.put("testSamples", ex.test().numSamples());
        r.put("machine", MachineInfo.current());
        r.put("timings", Map.of("wallSeconds", (System.nanoTime() - start) / 1e9));
        for (Path f : outputs.finish(heldOut.report, r, model, ex.objective(), ex.test())) {
            System.out.println("wrote " + f);
        }
        return 0;
    }
}
