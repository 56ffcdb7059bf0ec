package org.snn4j.examples.demo;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.autograd.optim.CosineAnnealing;
import org.snn4j.autograd.train.Trainer;
import org.snn4j.autograd.train.TrainerConfig;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.autograd.train.TrainingListener;
import org.snn4j.autograd.train.TrainingResult;
import org.snn4j.examples.progress.TrainingProgress;
import org.snn4j.losses.SpikeCountObjective;
import org.snn4j.losses.CountCrossEntropy;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.layers.SnnMlp;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.LifParameters;
import org.snn4j.neurons.model.ResetMode;

import java.util.ArrayList;
import java.util.List;

/**
 * The end-to-end demo: emulated N-MNIST-style recordings of rendered digits, a 2312-128-10 LIF
 * SNN (SpikingJelly charge form, τ = 2 ms, hard reset, atan surrogate) trained with surrogate
 * BPTT on spike-count cross-entropy, evaluated on held-out recordings.
 *
 * @param trainPerClass recordings per digit for training
 * @param testPerClass  recordings per digit for testing
 * @param steps         frames per recording (T)
 * @param epochs        training epochs
 * @param seed          master seed (data, weights, shuffling)
 */
public record Demo(int trainPerClass, int testPerClass, int steps, int epochs, long seed) {
    public Demo {
        if (trainPerClass < 1 || testPerClass < 1 || steps < 1 || epochs < 1) {
            throw new IllegalArgumentException("demo sizes must be >= 1");
        }
    }

    /** The default demo: 100 + 30 recordings per digit, T = 10, 4 epochs. */
    public static Demo defaults() {
        return new Demo(100, 30, 10, 4, 2024);
    }

    /** The network. */
    public static SequentialSpec model() {
        Firing firing = Firing.defaults().withReset(ResetMode.TO_VALUE).withDetachReset(true);
        NeuronLayerSpec lif = new NeuronLayerSpec(new LifParameters(2.0, 1.0, true, firing));
        List<LayerSpec> layers = new ArrayList<>();
        layers.add(new FlattenSpec(2));
        layers.addAll(SnnMlp.spec(lif, DemoData.SENSOR * DemoData.SENSOR * 2, 128, 10).layers());
        return new SequentialSpec(layers);
    }

    /** Generates the data, trains, evaluates; returns the result and prints progress to {@code out}. */
    public DemoResult run(PrintStream out, boolean progress) {
        long t0 = System.nanoTime();
        DemoData train = DemoData.generate(trainPerClass, steps, seed);
        DemoData test = DemoData.generate(testPerClass, steps, seed + 1);
        double dataSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "emulated %d training and %d test recordings (%.0f events each on average) in %.1f s%n",
                train.size(), test.size(), train.meanEvents(), dataSeconds);
        SequentialSpec spec = model();
        Module net = spec.build(new SplittableRandom(seed));
        AdamSpec adam = new AdamSpec(2e-3);
        SpikeCountObjective objective = new SpikeCountObjective(new CountCrossEntropy(false));
        Trainer trainer = new Trainer(net, adam.build(net.namedParameters()), new CosineAnnealing(2e-3, epochs, 0),
                objective, TrainerConfig.of(epochs, seed).withProgress(progress),
                progress ? new TrainingProgress(out) : TrainingListener.NONE);
        InMemoryBatchSource testBatches = test.batches(100, false);
        TrainingResult r = trainer.fit(train.batches(32, true), testBatches);
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("model", spec);
        cfg.put("optimizer", adam);
        cfg.put("demo", this);
        return new DemoResult(r, train.meanEvents(), dataSeconds, cfg, net, objective, testBatches);
    }
}
