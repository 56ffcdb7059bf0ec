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
import org.snn4j.conversion.Conversion;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.conversion.norm.Normalization;
import org.snn4j.conversion.sim.IfSimulator;
import org.snn4j.conversion.sim.InputCoding;
import org.snn4j.conversion.sim.LayerDiagnostics;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetMode;
import org.snn4j.conversion.sim.SimulationConfig;
import org.snn4j.conversion.sim.SimulationResult;
import org.snn4j.datasets.Split;
import org.snn4j.examples.compare.CheckpointData;
import org.snn4j.examples.compare.CompareData;
import org.snn4j.examples.compare.DataOptions;
import org.snn4j.examples.plot.ChartFile;
import org.snn4j.examples.plot.Line;
import org.snn4j.examples.plot.LineChart;
import org.snn4j.experiment.data.ImageData;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.examples.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code snn4j convert}: converts a trained ANN checkpoint to an IF SNN and prints accuracy at
 * every T of {@code --timesteps}, plus the per-layer conversion error terms (Rueckauer et al. 2017).
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a trained ANN checkpoint to a spiking network and measure accuracy against T.",
            "Example: snn4j convert --checkpoint runs/cnn --norm percentile:99.9 --mode weights --timesteps 16,32,64,128"})
final class ConvertCommand implements Callable<Integer> {
    @Option(names = "--checkpoint", required = true, description = "ANN checkpoint folder (e.g. from 'snn4j train').")
    Path checkpoint;

    @Option(names = "--norm", defaultValue = "percentile:99.9",
            description = "model | data | percentile:P, optionally prefixed by channel- (default ${DEFAULT-VALUE}).")
    String norm;

    @Option(names = "--mode", defaultValue = "weights", description = "weights | threshold (default ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--timesteps", defaultValue = "16,32,64,128", description = "T values, comma-separated.")
    String timesteps;

    @Option(names = "--dataset", completionCandidates = CompareDatasetNames.class,
            description = "${COMPLETION-CANDIDATES} (default: the checkpoint's metadata, else mnist).")
    String dataset;

    @Mixin
    EventDataFlags data;

    @Option(names = "--calibration", defaultValue = "1000", description = "Training samples for data-based norms.")
    int calibration;

    @Option(names = "--limit-test", description = "Use only N evenly spaced test samples.")
    Integer limitTest;

    @Option(names = "--reset", defaultValue = "subtract", description = "subtract | zero.")
    String reset;

    @Option(names = "--input", defaultValue = "constant", description = "constant | poisson.")
    String input;

    @Option(names = "--readout", defaultValue = "count", description = "count (output spikes) | membrane.")
    String readout;

    @Option(names = "--seed", defaultValue = "0",
            description = "Seed of the Poisson input (and of a random split the checkpoint does not record).")
    long seed;

    @Option(names = "--report", description = "Write a JSON report to this file.")
    Path report;

    @Option(names = "--plot", description = "Write the diagnostics plot to this file (.png or .svg).")
    Path plot;

    @Override
    public Integer call() throws Exception {
        OutputTargets.file("--report", report);
        OutputTargets.file("--plot", plot);
        if (dataset != null) {
            DataOptions.dataset(dataset); // a bad name fails before the checkpoint is read
        }
        DataOptions d = CheckpointData.resolve(Checkpoint.readMetadata(checkpoint), dataset, data.data,
                DataOptions.parseSize(data.size), data.orientation, data.split, data.trainRatio, seed);
        String ds = d.dataset();
        Module ann = Checkpoint.loadModel(checkpoint);
        ImageData train = CompareData.load(d, Split.TRAIN, calibration);
        ImageData test = CompareData.load(d, Split.TEST, limitTest);
        double annAcc = Evaluator.accuracy(ann, new SoftmaxObjective(), source(test));
        Normalization n = Normalization.parse(norm);
        SpikingNetwork snn = Conversion.convert(ann, d.inputShape(), n, applyMode(mode), source(train),
                calibration);
        SimulationResult r = IfSimulator.run(snn, source(test), simulation());
        print(ds, test.size(), annAcc, snn, r);
        if (report != null) {
            RunReport.write(report, json(d, test.size(), annAcc, snn, r));
            System.out.println("report written to " + report);
        }
        if (plot != null) {
            ChartFile.write(diagnosticsPlot(r).chart(), plot, 900, 560);
            System.out.println("plot written to " + plot);
        }
        return 0;
    }

    private SimulationConfig simulation() {
        ResetMode rr = switch (reset) {
            case "subtract" -> ResetMode.SUBTRACT;
            case "zero" -> ResetMode.TO_VALUE;
            default -> throw new IllegalArgumentException("--reset must be subtract or zero, got '" + reset + "'");
        };
        InputCoding in = switch (input) {
            case "constant" -> InputCoding.CONSTANT;
            case "poisson" -> InputCoding.POISSON;
            default -> throw new IllegalArgumentException("--input must be constant or poisson, got '" + input + "'");
        };
        Readout ro = switch (readout) {
            case "count" -> Readout.SPIKES;
            case "membrane" -> Readout.MEMBRANE;
            default -> throw new IllegalArgumentException("--readout must be count or membrane, got '" + readout + "'");
        };
        return new SimulationConfig(rr, in, ro, SimulationConfig.parseTimesteps(timesteps), seed, true);
    }

    static ApplyMode applyMode(String m) {
        return switch (m) {
            case "weights" -> ApplyMode.WEIGHTS;
            case "threshold" -> ApplyMode.THRESHOLD;
            default -> throw new IllegalArgumentException("--mode must be weights or threshold, got '" + m + "'");
        };
    }

    private static org.snn4j.autograd.train.InMemoryBatchSource source(ImageData d) {
        return new org.snn4j.autograd.train.InMemoryBatchSource(d.images(), d.labels(), 250, false);
    }

    private static void print(String ds, int samples, double annAcc, SpikingNetwork snn, SimulationResult r) {
        System.out.printf(Locale.ROOT, "converted %s (%s) on %s, %d test samples: ANN %.4f, λ per layer %s%n",
                snn.label(), snn.network().stages().size() + " layers", ds, samples, annAcc,
                java.util.Arrays.toString(snn.scales().summary()));
        System.out.println("    T  accuracy   layer  rate   |r - a/λ|  V(T)/T");
        for (int k = 0; k < r.timesteps().length; k++) {
            for (LayerDiagnostics d : r.diagnostics().get(k)) {
                System.out.printf(Locale.ROOT, "%5s  %8s   %5d  %.4f  %.4f     %+.4f%n",
                        d.layer() == 1 ? Integer.toString(r.timesteps()[k]) : "",
                        d.layer() == 1 ? String.format(Locale.ROOT, "%.4f", r.accuracy()[k]) : "", d.layer(),
                        d.meanRate(), d.rateError(), d.residual());
            }
        }
        System.out.printf(Locale.ROOT, "simulated in %.1f s%n", r.seconds());
    }

    private Map<String, Object> json(DataOptions opts, int samples, double annAcc, SpikingNetwork snn, SimulationResult r) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("checkpoint", checkpoint.toString());
        j.put("dataset", opts.dataset());
        j.put("data", opts.metadata());
        j.put("testSamples", samples);
        j.put("annAccuracy", annAcc);
        j.put("conversion", snn.label());
        j.put("lambda", snn.scales().summary());
        j.put("reset", reset);
        j.put("input", input);
        j.put("readout", readout);
        Map<String, Double> acc = new LinkedHashMap<>();
        for (int k = 0; k < r.timesteps().length; k++) {
            acc.put(Integer.toString(r.timesteps()[k]), r.accuracy()[k]);
        }
        j.put("accuracyByT", acc);
        j.put("testAccuracy", r.accuracy()[r.accuracy().length - 1]);
        List<Map<String, Object>> diag = new ArrayList<>();
        for (List<LayerDiagnostics> perT : r.diagnostics()) {
            for (LayerDiagnostics d : perT) {
                diag.add(Map.of("T", d.timesteps(), "layer", d.layer(), "meanRate", d.meanRate(), "rateError",
                        d.rateError(), "residual", d.residual(), "residualAbs", d.residualAbs()));
            }
        }
        j.put("diagnostics", diag);
        j.put("simulationSeconds", r.seconds());
        return j;
    }

    private static LineChart diagnosticsPlot(SimulationResult r) {
        double[] x = java.util.Arrays.stream(r.timesteps()).asDoubleStream().toArray();
        List<Line> series = new ArrayList<>();
        series.add(new Line("accuracy", x, r.accuracy()));
        for (int l = 0; l < r.diagnostics().get(0).size(); l++) {
            double[] err = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                err[k] = r.diagnostics().get(k).get(l).rateError();
            }
            series.add(new Line("layer " + (l + 1) + " |r - a/λ|", x, err, true));
        }
        return new LineChart("Converted SNN: accuracy and rate error vs T", "T (time steps)", "value", true, series);
    }
}
