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
 * {@code fmnist-lif-cnn}: the convolutional LIF SNN on the full Fashion-MNIST (60k train / 10k
 * test, e.g. Debian's {@code dataset-fashion-mnist}), direct input over T = 4 steps,
 * cross-entropy on spike counts. Target ≥ 91 %.
 */
public final class FmnistLifCnn implements Preset {
    static final int STEPS = 4;

    @Override
    public String name() {
        return "fmnist-lif-cnn";
    }

    @Override
    public String summary() {
        return "LIF CSNN c32-c64-fc256 on Fashion-MNIST, direct input T=4 (60k/10k); target >= 91%";
    }

    @Override
    public String expectedRuntime() {
        return "about 60 min";
    }

    @Override
    public String dataset() {
        return "fashion-mnist";
    }

    /** The architecture. */
    public static SequentialSpec model() {
        NeuronLayerSpec lif = SnnNeurons.lif(2.0);
        return SnnConvNet.spec(1, 28, 28, new int[] {32, 64}, new int[] {256}, 10, lif, lif);
    }

    @Override
    public Experiment build(PresetOptions o) throws IOException {
        ImageData train = ImageData.load(true, o.dataDir(), Split.TRAIN, o.trainLimit());
        ImageData test = ImageData.load(true, o.dataDir(), Split.TEST, o.testLimit());
        Recipe r = new Recipe(model(), o.lrOr(1e-3), o.epochsOr(6), o.batchOr(64), o.seedOr(42));
        EncodedImages enc = new EncodedImages(new DirectEncoder(), STEPS, 0);
        return r.assemble(new SpikeCountObjective(new CountCrossEntropy(false)),
                new InMemoryBatchSource(train.images(), train.labels(), r.batchSize(), true, enc),
                new InMemoryBatchSource(test.images(), test.labels(), 250, false, enc),
                Map.of("encoding", "direct current, T = " + STEPS));
    }
}
