package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.snn4j.conversion.norm.Normalization;
import org.snn4j.neurons.model.Readout;
import org.snn4j.conversion.sim.SimulationConfig;
import org.snn4j.examples.compare.CompareOptions;
import org.snn4j.examples.compare.CompareRunner;
import org.snn4j.examples.compare.DataOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code snn4j compare}: conversion (every normalisation) vs direct SNN training vs hybrid vs
 * LC-TTFS on one dataset; writes report.json, report.md, accuracy-vs-t.png and diagnostics.png.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare ANN-to-SNN conversion (each normalisation), a directly trained SNN, the hybrid "
            + "(conversion + BPTT fine-tuning) and LC-TTFS on one dataset.",
            "Example: snn4j compare --dataset fashion-mnist --limit-train 10000 --out runs/compare-fmnist",
            "Event data: snn4j compare --dataset cifar10-dvs --size 48,48 --split random --limit-train 2000 --out runs/c"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, completionCandidates = CompareDatasetNames.class,
            description = "${COMPLETION-CANDIDATES} (event data: the events of each recording accumulated per polarity "
                + "into one image).")
    String dataset;

    @Mixin
    EventDataFlags data;

    @Option(names = "--ann-checkpoint", description = "Load this trained ANN instead of training one.")
    Path annCheckpoint;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--limit-train", description = "At most N (evenly spaced) training samples.")
    Integer limitTrain;

    @Option(names = "--limit-test", description = "At most N test samples.")
    Integer limitTest;

    @Option(names = "--epochs", defaultValue = "20", description = "ANN and LC-TTFS ANN epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--lr", defaultValue = "3e-3", description = "ANN Adam learning rate, cosine-annealed (default ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--snn-epochs", defaultValue = "3", description = "Direct SNN epochs (default ${DEFAULT-VALUE}).")
    int snnEpochs;

    @Option(names = "--hybrid-epochs", defaultValue = "1", description = "Hybrid fine-tuning epochs (default ${DEFAULT-VALUE}).")
    int hybridEpochs;

    @Option(names = "--train-timesteps", defaultValue = "6",
            description = "T of direct and hybrid BPTT training (default ${DEFAULT-VALUE}).")
    int trainTimesteps;

    @Option(names = "--timesteps", defaultValue = "4,8,16,32,64,128", description = "T values of the conversion curves.")
    String timesteps;

    @Option(names = "--norms", defaultValue = "model,data,percentile:99.9,percentile:99.99,channel-percentile:99.9",
            split = ",", description = "Normalisations to compare (default ${DEFAULT-VALUE}).")
    List<String> norms;

    @Option(names = "--readout", defaultValue = "membrane", description = "count | membrane (default ${DEFAULT-VALUE}).")
    String readout;

    @Option(names = "--calibration", defaultValue = "1000", description = "Calibration samples (default ${DEFAULT-VALUE}).")
    int calibration;

    @Option(names = "--zero-bias", description = "Train the ANN without biases (Diehl et al. 2015).")
    boolean zeroBias;

    @Option(names = "--shift", defaultValue = "2",
            description = "ANN training augmentation: random shifts of up to N pixels (default ${DEFAULT-VALUE}; 0: none).")
    int shift;

    @Option(names = "--seed", defaultValue = "42", description = "Master seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        OutputTargets.folder("--out", out);
        List<Normalization> ns = new ArrayList<>();
        for (String n : norms) {
            ns.add(Normalization.parse(n));
        }
        Readout ro = switch (readout) {
            case "count" -> Readout.SPIKES;
            case "membrane" -> Readout.MEMBRANE;
            default -> throw new IllegalArgumentException("--readout must be count or membrane, got '" + readout + "'");
        };
        DataOptions d = new DataOptions(dataset, data.data, DataOptions.parseSize(data.size), data.orientation, data.split,
                data.trainRatio, seed);
        CompareOptions o = new CompareOptions(d, annCheckpoint, out, limitTrain, limitTest, epochs, lr, snnEpochs,
                hybridEpochs, trainTimesteps, SimulationConfig.parseTimesteps(timesteps), ns, ro, calibration, zeroBias,
                shift, seed);
        String command = "snn4j " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        CompareRunner.run(o, command, System.out);
        System.out.println("report written to " + out.resolve("report.md"));
        return 0;
    }
}
