package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import java.io.IOException;
import java.util.Map;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.datasets.Split;
import org.snn4j.losses.CountCrossEntropy;
import org.snn4j.neurons.encoding.DirectEncoder;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.layers.SnnConvNet;

/**
 * {@code mnist-lif-cnn}: a convolutional LIF SNN (SpikingJelly's CSNN shape: conv-BN-LIF-pool ×2,
 * FC-LIF, FC-LIF) on MNIST with direct (analog) input repeated over T = 4 steps and ±2 px random
 * shifts; cross-entropy on output spike counts. Target ≥ 98.5 % on the 10k t10k images.
 */
public final class MnistLifCnn implements Preset {
    static final int STEPS = 4;

    @Override
    public String name() {
        return "mnist-lif-cnn";
    }

    @Override
    public String summary() {
        return "LIF CSNN c32-c64-fc256 on MNIST, direct input T=4 (10k/10k); target >= 98.5%";
    }

    @Override
    public String expectedRuntime() {
        return "about 15 min";
    }

    @Override
    public String dataset() {
        return "mnist";
    }

    /** The architecture. */
    public static SequentialSpec model() {
        NeuronLayerSpec lif = SnnNeurons.lif(2.0);
        return SnnConvNet.spec(1, 28, 28, new int[] {32, 64}, new int[] {256}, 10, lif, lif);
    }

    @Override
    public Experiment build(PresetOptions o) throws IOException {
        ImageData train = ImageData.load(false, o.dataDir(), Split.TRAIN, o.trainLimit());
        ImageData test = ImageData.load(false, o.dataDir(), Split.TEST, o.testLimit());
        Recipe r = new Recipe(model(), o.lrOr(1e-3), o.epochsOr(8), o.batchOr(64), o.seedOr(42));
        return r.assemble(new SpikeCountObjective(new CountCrossEntropy(false)),
                new InMemoryBatchSource(train.images(), train.labels(), r.batchSize(), true,
                        new EncodedImages(new DirectEncoder(), STEPS, 2)),
                new InMemoryBatchSource(test.images(), test.labels(), 250, false, new EncodedImages(new DirectEncoder(), STEPS, 0)),
                Map.of("encoding", "direct current, T = " + STEPS, "augmentation", "random shift +-2 px"));
    }
}
