package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import java.io.IOException;
import java.util.Map;
import org.snn4j.autograd.nn.DropoutSpec;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.datasets.Split;

/**
 * {@code mnist-ann-mlp}: a 784-800-10 ReLU MLP on MNIST (10k training images, evaluated on the
 * 10k t10k images). Adam, cosine-annealed learning rate, dropout 0.2, ±2 px random shifts.
 * Target ≥ 96.5 %.
 */
public final class MnistAnnMlp implements Preset {
    static final int EPOCHS = 20;
    static final int BATCH = 64;
    static final double LR = 1e-3;
    static final long SEED = 42;
    static final int SHIFT = 2;

    @Override
    public String name() {
        return "mnist-ann-mlp";
    }

    @Override
    public String summary() {
        return "ANN MLP 784-800-10 on MNIST (10k train / 10k test); target >= 96.5%";
    }

    @Override
    public String expectedRuntime() {
        return "about 2 min";
    }

    @Override
    public String dataset() {
        return "mnist";
    }

    /** The architecture. */
    public static SequentialSpec model() {
        return new SequentialSpec(new FlattenSpec(), new LinearSpec(784, 800), new ReLUSpec(),
                new DropoutSpec(0.2), new LinearSpec(800, 10));
    }

    @Override
    public Experiment build(PresetOptions o) throws IOException {
        ImageData train = ImageData.load(false, o.dataDir(), Split.TRAIN, o.trainLimit());
        ImageData test = ImageData.load(false, o.dataDir(), Split.TEST, o.testLimit());
        Recipe r = new Recipe(model(), o.lrOr(LR), o.epochsOr(EPOCHS), o.batchOr(BATCH), o.seedOr(SEED));
        return r.assemble(new SoftmaxObjective(),
                new InMemoryBatchSource(train.images(), train.labels(), r.batchSize(), true, new RandomShift(SHIFT)),
                new InMemoryBatchSource(test.images(), test.labels(), 500, false), Map.of("augmentation", "random shift +-" + SHIFT + " px"));
    }
}
