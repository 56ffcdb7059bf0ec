package org.snn4j.examples.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.snn4j.autograd.checkpoint.Checkpoint;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Sequential;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.autograd.optim.CosineAnnealing;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.autograd.train.Evaluator;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.autograd.train.Objective;
import org.snn4j.autograd.train.Trainer;
import org.snn4j.autograd.train.TrainerConfig;
import org.snn4j.autograd.train.TrainingResult;
import org.snn4j.conversion.hybrid.FinalMembraneObjective;
import org.snn4j.conversion.hybrid.HybridNetworks;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.datasets.transforms.FrameShift;
import org.snn4j.experiment.data.ImageData;

/** Training and evaluation steps shared by the methods of {@code snn4j compare}. */
final class Stages {
    static final int BATCH = 64;
    static final int EVAL_BATCH = 250;

    private Stages() {
    }

    /**
     * Trains {@code spec} as an ANN classifier (Adam, cosine schedule from {@code lr}, training
     * images shifted at random by up to {@code shiftPx} pixels); returns model and result.
     */
    static Trained trainAnn(SequentialSpec spec, Objective objective, ImageData train, ImageData test, int epochs,
                            double lr, int shiftPx, long seed, PrintStream out) {
        Module net = spec.build(new SplittableRandom(seed));
        Trainer t = new Trainer(net, new AdamSpec(lr).build(net.namedParameters()), new CosineAnnealing(lr, epochs, 0),
                objective, TrainerConfig.of(epochs, seed).withProgress(true), out);
        BatchSource data = shiftPx == 0 ? source(train, true)
                : new InMemoryBatchSource(train.images(), train.labels(), BATCH, true,
                        new FrameShift(shiftPx)::applyPerSample);
        TrainingResult r = t.fit(data, source(test, false));
        return new Trained(net, r.testAccuracy(), r.trainSeconds());
    }

    /** Loads an ANN checkpoint and measures its test accuracy. */
    static Trained loadAnn(Path dir, ImageData test) throws IOException {
        Module net = Checkpoint.loadModel(dir);
        return new Trained(net, Evaluator.accuracy(net, new SoftmaxObjective(), source(test, false)), 0);
    }

    /**
     * Saves the ANN with the dataset, its input shape and the data settings (size, CIFAR10-DVS
     * split) in its metadata, so {@code snn4j convert} needs no data flags.
     */
    static void saveAnn(Path dir, Module net, DataOptions data) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("dataset", data.dataset());
        meta.put("inputShape", data.inputShape());
        meta.put("data", data.metadata());
        Checkpoint.save(dir, net, null, null, meta);
    }

    /**
     * Trains a spiking network with surrogate-gradient BPTT on inputs repeated over
     * {@code timesteps} steps, then evaluates it at each T of {@code evalT}.
     */
    static MethodResult trainSnn(String name, Sequential snn, FinalMembraneObjective objective, ImageData train,
                                 ImageData test, int epochs, double lr, int timesteps, int[] evalT, long seed,
                                 PrintStream out) {
        out.println("== " + name + ": " + epochs + " epoch(s) of BPTT at T = " + timesteps);
        Trainer t = new Trainer(snn, new AdamSpec(lr).build(snn.namedParameters()), null, objective,
                TrainerConfig.of(epochs, seed).withProgress(true), out);
        TrainingResult r = t.fit(new InMemoryBatchSource(train.images(), train.labels(), BATCH, true,
                HybridNetworks.repeatOverTime(timesteps)), null);
        double[] acc = new double[evalT.length];
        for (int i = 0; i < evalT.length; i++) {
            acc[i] = Evaluator.accuracy(snn, objective, new InMemoryBatchSource(test.images(), test.labels(), EVAL_BATCH,
                    false, HybridNetworks.repeatOverTime(evalT[i])));
            out.printf(java.util.Locale.ROOT, "   %s at T = %d: %.4f%n", name, evalT[i], acc[i]);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("epochs", epochs);
        d.put("trainTimesteps", timesteps);
        d.put("learningRate", lr);
        return new MethodResult(name, evalT, acc, r.trainSeconds(), d);
    }

    /** The T values ≤ 2·trainT of the curve, plus trainT. */
    static int[] evalTimesteps(int[] curve, int trainT) {
        List<Integer> out = new ArrayList<>();
        for (int t : curve) {
            if (t <= 2 * trainT) {
                out.add(t);
            }
        }
        if (!out.contains(trainT)) {
            out.add(trainT);
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    static BatchSource source(ImageData d, boolean shuffle) {
        return new InMemoryBatchSource(d.images(), d.labels(), shuffle ? BATCH : EVAL_BATCH, shuffle);
    }

    /** A trained network and its held-out accuracy. */
    record Trained(Module model, double testAccuracy, double trainSeconds) {
    }
}
