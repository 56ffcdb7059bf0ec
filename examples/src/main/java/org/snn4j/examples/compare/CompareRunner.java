package org.snn4j.examples.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snn4j.autograd.nn.Sequential;
import org.snn4j.conversion.AnnConverter;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.hybrid.FinalMembraneObjective;
import org.snn4j.conversion.hybrid.HybridNetworks;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.conversion.norm.NormMethod;
import org.snn4j.conversion.norm.Normalization;
import org.snn4j.conversion.norm.Normalizer;
import org.snn4j.conversion.norm.Scales;
import org.snn4j.conversion.ttfs.LcTtfs;
import org.snn4j.conversion.ttfs.TtfsNetwork;
import org.snn4j.conversion.ttfs.TtfsSimulator;
import org.snn4j.datasets.Split;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.experiment.data.ImageData;
import org.snn4j.neurons.layers.NeuronLayerSpec;

/**
 * {@code snn4j compare}: the ANN, its conversion with each normalisation, a directly trained SNN,
 * the hybrid (conversion as initialisation, fine-tuned) and LC-TTFS on one dataset, written as
 * {@code report.json}, {@code report.md}, {@code accuracy-vs-t.png} and {@code diagnostics.png}.
 */
public final class CompareRunner {
    private CompareRunner() {
    }

    /** Runs the whole comparison; returns the report. */
    public static CompareReport run(CompareOptions o, String command, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        if (o.annCheckpoint() != null) {
            CheckpointData.checkShape(org.snn4j.autograd.checkpoint.Checkpoint.readMetadata(o.annCheckpoint()), o.data());
        }
        long[] shape = o.data().inputShape();
        int classes = o.data().entry().classes();
        ImageData train = CompareData.load(o.data(), Split.TRAIN, o.limitTrain());
        ImageData test = CompareData.load(o.data(), Split.TEST, o.limitTest());
        out.printf(Locale.ROOT, "snn4j compare on %s (%s): %d train / %d test samples%n", o.dataset(),
                java.util.Arrays.toString(shape), train.size(), test.size());
        Stages.Trained ann = o.annCheckpoint() != null ? Stages.loadAnn(o.annCheckpoint(), test)
                : Stages.trainAnn(ComparisonNets.cnn(shape, classes, o.zeroBias()), new SoftmaxObjective(), train, test,
                        o.epochs(), o.learningRate(), o.shiftPx(), o.seed(), out);
        if (o.annCheckpoint() == null) {
            Stages.saveAnn(o.out().resolve("ann-checkpoint"), ann.model(), o.data());
        }
        out.printf(Locale.ROOT, "== ANN test accuracy %.4f%n", ann.testAccuracy());
        List<MethodResult> methods = new ArrayList<>();
        ConversionRuns.Converted seed = null;
        for (Normalization n : o.norms()) {
            ConversionRuns.Converted c = ConversionRuns.run(ann.model(), shape, n, train, test, o.calibration(),
                    o.curveTimesteps(), o.readout(), out);
            methods.add(c.result());
            if (seed == null && n.method() == NormMethod.PERCENTILE) {
                seed = c;
            }
            partial(o, ann, methods, seed, train, test, shape, command, t0);
        }
        int[] evalT = Stages.evalTimesteps(o.curveTimesteps(), o.trainTimesteps());
        methods.add(direct(ann, shape, train, test, evalT, o, out));
        partial(o, ann, methods, seed, train, test, shape, command, t0);
        if (seed != null) {
            methods.add(hybrid(seed.snn(), train, test, evalT, o, out));
            partial(o, ann, methods, seed, train, test, shape, command, t0);
        }
        MethodResult ttfs = ttfs(shape, train, test, o, out);
        Map<String, Object> setup = setup(o, train, test, shape, ann, command, (System.nanoTime() - t0) / 1e9);
        CompareReport report = new CompareReport(o.dataset(), ann.testAccuracy(), methods, ttfs, setup,
                seed == null ? null : seed.simulation());
        report.write(o.out());
        return report;
    }

    /** Writes the report so far (LC-TTFS still missing), so a long run leaves results behind as it goes. */
    private static void partial(CompareOptions o, Stages.Trained ann, List<MethodResult> methods,
                                ConversionRuns.Converted seed, ImageData train, ImageData test, long[] shape,
                                String command, long t0) throws IOException {
        Map<String, Object> setup = setup(o, train, test, shape, ann, command, (System.nanoTime() - t0) / 1e9);
        setup.put("partial", true);
        new CompareReport(o.dataset(), ann.testAccuracy(), List.copyOf(methods), null, setup,
                seed == null ? null : seed.simulation()).write(o.out());
    }

    private static MethodResult direct(Stages.Trained ann, long[] shape, ImageData train, ImageData test, int[] evalT,
                                       CompareOptions o, PrintStream out) {
        Sequential fresh = (Sequential) ComparisonNets.cnn(shape, o.data().entry().classes(), o.zeroBias())
                .build(new java.util.SplittableRandom(o.seed() + 1));
        var net = AnnConverter.convert(fresh, shape);
        List<double[]> ones = new ArrayList<>();
        net.stages().forEach(s -> ones.add(new double[] {1.0}));
        SpikingNetwork init = Normalizer.apply(net, new Scales(ones), ApplyMode.WEIGHTS, "random");
        Sequential snn = HybridNetworks.initialise(init, NeuronLayerSpec.of("if"));
        return Stages.trainSnn("direct SNN (IF, surrogate BPTT)", snn, new FinalMembraneObjective(1.0), train, test,
                o.snnEpochs(), 1e-3, o.trainTimesteps(), evalT, o.seed() + 2, out);
    }

    private static MethodResult hybrid(SpikingNetwork converted, ImageData train, ImageData test, int[] evalT,
                                       CompareOptions o, PrintStream out) {
        Sequential snn = HybridNetworks.initialise(converted, NeuronLayerSpec.of("if"));
        FinalMembraneObjective objective = new FinalMembraneObjective(converted.scales().max(converted.layers() - 1));
        MethodResult r = Stages.trainSnn("hybrid (" + converted.label() + " + BPTT)", snn, objective, train, test,
                o.hybridEpochs(), 5e-4, o.trainTimesteps(), evalT, o.seed() + 3, out);
        r.details().put("initialisedFrom", converted.label());
        return r;
    }

    private static MethodResult ttfs(long[] shape, ImageData train, ImageData test, CompareOptions o, PrintStream out) {
        int classes = o.data().entry().classes();
        out.println("== LC-TTFS: constrained ANN " + ComparisonNets.ttfs(shape, classes).layers().size() + " layers");
        Stages.Trained ann = Stages.trainAnn(ComparisonNets.ttfs(shape, classes), LcTtfs.objective(10), train, test, o.epochs(),
                o.learningRate(), o.shiftPx(), o.seed() + 4, out);
        long t0 = System.nanoTime();
        double snnAcc = TtfsSimulator.accuracy(TtfsNetwork.of(ann.model()), test.images(), test.labels());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("architecture", "flatten-unitsum" + ComparisonNets.TTFS_HIDDEN + "-relu1-unitsum" + classes + "-relu1");
        d.put("constrainedAnnAccuracy", ann.testAccuracy());
        d.put("simulationSeconds", (System.nanoTime() - t0) / 1e9);
        d.put("spikesPerNeuron", 1);
        out.printf(Locale.ROOT, "   constrained ANN %.4f, LC-TTFS SNN %.4f%n", ann.testAccuracy(), snnAcc);
        return new MethodResult("LC-TTFS", new int[0], new double[] {snnAcc}, ann.trainSeconds(), d);
    }

    private static Map<String, Object> setup(CompareOptions o, ImageData train, ImageData test, long[] shape,
                                             Stages.Trained ann, String command, double seconds) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("command", command);
        s.put("trainSamples", train.size());
        s.put("testSamples", test.size());
        s.put("data", o.data().metadata());
        s.put("architecture", ComparisonNets.describeCnn(shape, o.data().entry().classes())
                + (o.zeroBias() ? " (no biases)" : ""));
        s.put("annEpochs", o.epochs());
        s.put("annLearningRate", o.learningRate());
        s.put("annShiftAugmentationPx", o.shiftPx());
        s.put("annTrainSeconds", ann.trainSeconds());
        s.put("annCheckpoint", o.annCheckpoint() == null ? "trained (saved to ann-checkpoint/)" : o.annCheckpoint().toString());
        s.put("calibrationSamples", Math.min(o.calibration(), train.size()));
        s.put("trainTimesteps", o.trainTimesteps());
        s.put("seed", o.seed());
        s.put("totalSeconds", seconds);
        return s;
    }
}
