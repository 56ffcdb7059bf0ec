package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import java.io.IOException;
import java.util.Map;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.datasets.Split;
import org.snn4j.losses.CountCrossEntropy;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.layers.SnnConvNet;

/**
 * {@code nmnist-lif-cnn}: N-MNIST frames (T = 10), a convolutional LIF SNN (conv-BN-LIF-pool ×2,
 * FC-LIF, FC-LIF), ±2 px random shifts, cross-entropy on spike counts, Adam 5e-3 with cosine decay
 * over 25 epochs (1e-3 over 20 epochs underfits: train 92.6 %, test 88 %). Trained on
 * {@code nmnist/Train} (1,000), tested on {@code nmnist/Test} (100). Target ≥ 93 %.
 */
public final class NmnistLifCnn implements Preset {
    static final int STEPS = 10;

    @Override
    public String name() {
        return "nmnist-lif-cnn";
    }

    @Override
    public String summary() {
        return "LIF CSNN c16-c32-fc128 on N-MNIST frames T=10 (1000/100); target >= 93%";
    }

    @Override
    public String expectedRuntime() {
        return "about 15 min";
    }

    @Override
    public String dataset() {
        return "nmnist";
    }

    /** The architecture. */
    public static SequentialSpec model() {
        NeuronLayerSpec lif = SnnNeurons.lif(2.0);
        return SnnConvNet.spec(2, 34, 34, new int[] {16, 32}, new int[] {128}, 10, lif, lif);
    }

    @Override
    public Experiment build(PresetOptions o) throws IOException {
        EventFrames train = EventFrames.nmnist(o.dataDir(), Split.TRAIN, STEPS, o.trainLimit());
        EventFrames test = EventFrames.nmnist(o.dataDir(), Split.TEST, STEPS, o.testLimit());
        Recipe r = new Recipe(model(), o.lrOr(5e-3), o.epochsOr(25), o.batchOr(32), o.seedOr(42));
        return r.assemble(new SpikeCountObjective(new CountCrossEntropy(false)), train.batches(r.batchSize(), true, 2),
                test.batches(100, false, 0), Map.of("frames", "ToFrames.byTime(" + STEPS + ")", "augmentation", "random shift +-2 px"));
    }
}
