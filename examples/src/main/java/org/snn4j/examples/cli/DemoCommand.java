package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.snn4j.nativebuild.NativeSelection;
import org.snn4j.examples.demo.Demo;
import org.snn4j.examples.demo.DemoResult;
import org.snn4j.examples.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code snn4j demo}: the whole pipeline with no downloaded data. Rendered digits are recorded
 * by the DVS emulator, binned into frames and classified by a LIF SNN trained with surrogate
 * gradients.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Train a LIF SNN on emulated event recordings of rendered digits (no data needed, about 1 min);",
            "write its report, training curves, confusion matrix, spike raster and membrane traces to --out."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--train-per-class", description = "Training recordings per digit (default ${DEFAULT-VALUE}).")
    int trainPerClass = Demo.defaults().trainPerClass();

    @Option(names = "--test-per-class", description = "Test recordings per digit (default ${DEFAULT-VALUE}).")
    int testPerClass = Demo.defaults().testPerClass();

    @Option(names = "--epochs", description = "Training epochs (default ${DEFAULT-VALUE}).")
    int epochs = Demo.defaults().epochs();

    @Option(names = "--seed", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed = Demo.defaults().seed();

    @Option(names = "--out", defaultValue = "runs/demo", paramLabel = "DIR",
            description = "Folder for the report, its plots and the monitor file (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        OutputTargets.folder("--out", out);
        long start = System.nanoTime();
        String backend = NativeSelection.describe();
        System.out.println("snn4j demo (" + backend + ")");
        Demo demo = new Demo(trainPerClass, testPerClass, Demo.defaults().steps(), epochs, seed);
        DemoResult r = demo.run(System.out, !quiet);
        System.out.printf(Locale.ROOT, "demo: test accuracy %.4f on %d held-out recordings%n",
                r.training().testAccuracy(), testPerClass * 10);
        Map<String, Object> rep = RunReport.of("demo", seed, r.config(), r.training(), backend);
        rep.put("dataset", "emulated DVS recordings of rendered digits (34x34, T = " + demo.steps() + ")");
        rep.put("timings", Map.of("dataSeconds", r.dataSeconds(), "trainSeconds", r.training().trainSeconds(),
                "wallSeconds", (System.nanoTime() - start) / 1e9));
        RunOutputOptions outputs = new RunOutputOptions();
        outputs.monitor = "spikes,membrane,rates";
        outputs.monitorSamples = 4;
        for (Path f : outputs.finish(out.resolve("demo.json"), rep, r.model(), r.objective(), r.test())) {
            System.out.println("wrote " + f);
        }
        return 0;
    }
}
