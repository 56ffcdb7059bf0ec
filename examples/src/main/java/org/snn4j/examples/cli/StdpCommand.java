package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.datasets.Split;
import org.snn4j.examples.report.RunReport;
import org.snn4j.examples.plot.ChartFile;
import org.snn4j.examples.plot.ReceptiveFieldChart;
import org.snn4j.examples.stdp.FieldWeights;
import org.snn4j.examples.stdp.StdpDigits;
import org.snn4j.examples.stdp.StdpPreset;
import org.snn4j.examples.stdp.StdpPresets;
import org.snn4j.examples.stdp.StdpRunner;
import org.snn4j.neurons.diehlcook.DiehlCookNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code snn4j stdp}: unsupervised STDP training of the Diehl &amp; Cook (2015) network on MNIST,
 * label assignment, vote classification; report JSON, the learned weights beside it
 * ({@code report.weights.safetensors}, drawn by {@code snn4j plot fields}) and the receptive-field grid.
 */
@Command(name = "stdp", mixinStandardHelpOptions = true,
        description = "Unsupervised STDP (Diehl & Cook 2015) on MNIST: train, label, test; report and receptive fields.")
final class StdpCommand implements Callable<Integer> {
    @Option(names = "--preset", description = "Built-in preset: ${COMPLETION-CANDIDATES}", completionCandidates = Names.class)
    String preset;

    @Option(names = "--config", description = "A preset JSON file instead of --preset.")
    Path config;

    @Option(names = "--data", description = "MNIST folder (default: $SNN4J_DATA/mnist).")
    Path data;

    @Option(names = "--train-limit", description = "Training images (default: the preset's).")
    int trainLimit;

    @Option(names = "--test-limit", description = "Test images (default: the preset's).")
    int testLimit;

    @Option(names = "--compare-samples", defaultValue = "10",
            description = "Images timed with both the event-driven and the dense simulation (0: skip).")
    int compareSamples;

    @Option(names = "--report", description = "Write the report JSON here, and the learned weights beside it"
            + " (REPORT.weights.safetensors, for snn4j plot fields).")
    Path report;

    @Option(names = "--fields", description = "Write the receptive fields as a grid here (.png or .svg).")
    Path fields;

    @Option(names = "--print-config", description = "Print the preset JSON and exit.")
    boolean printConfig;

    @Override
    public Integer call() throws Exception {
        if ((preset == null) == (config == null)) {
            throw new IllegalArgumentException("give exactly one of --preset (" + String.join(", ", StdpPresets.REGISTRY.names())
                    + ") or --config FILE");
        }
        StdpPreset p = (preset != null ? StdpPresets.load(preset)
                : StdpPreset.fromJson(java.nio.file.Files.newInputStream(config), config.toString()))
                .limited(trainLimit, testLimit);
        if (printConfig) {
            System.out.println(p.toJson());
            return 0;
        }
        StdpDigits train = StdpDigits.load(data, Split.TRAIN, p.trainImages(), p.seed());
        StdpDigits test = StdpDigits.load(data, Split.TEST, p.testImages(), null);
        StdpRunner runner = new StdpRunner(p, line -> System.out.println(p.name() + ": " + line));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("preset", p.name());
        Map<String, Object> cmp = compareSamples > 0 ? runner.compareModes(train, compareSamples) : Map.of();
        DiehlCookNetwork net = new DiehlCookNetwork(p.network(), p.seed());
        r.putAll(runner.run(train, test, net));
        r.putAll(cmp);
        r.put("seed", p.seed());
        r.put("config", LayerJson.mapper().readTree(p.toJson()));
        r.put("createdAt", Instant.now().toString());
        FieldWeights w = new FieldWeights(net.weights(), StdpDigits.SIDE);
        if (report != null) {
            Path weights = FieldWeights.besideReport(report);
            r.put("weights", weights.getFileName().toString());
            RunReport.write(report, r);
            w.write(weights);
        }
        if (fields != null) {
            int width = 60 * ReceptiveFieldChart.columns(w.weights()[0].length) + 20;
            ChartFile.write(ReceptiveFieldChart.of(w.weights(), w.side(), "Receptive fields, " + p.name(), width), fields,
                    width, ReceptiveFieldChart.height(width, w.weights()[0].length));
        }
        return 0;
    }

    /** Preset names for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return StdpPresets.REGISTRY.names().iterator();
        }
    }
}
