package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import java.io.IOException;
import java.util.Map;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.DropoutSpec;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.MaxPool2dSpec;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.datasets.Split;

/**
 * {@code mnist-ann-cnn}: conv(32)-pool-conv(64)-pool-fc(128)-fc(10) ReLU CNN on MNIST (10k
 * training images, evaluated on the 10k t10k images), with ±2 px random shifts during training.
 * Target ≥ 98.5 %.
 */
public final class MnistAnnCnn implements Preset {
    static final int EPOCHS = 12;
    static final int BATCH = 64;
    static final double LR = 1e-3;
    static final long SEED = 42;
    static final int SHIFT = 2;

    @Override
    public String name() {
        return "mnist-ann-cnn";
    }

    @Override
    public String summary() {
        return "ANN CNN 32c3-p2-64c3-p2-128-10 on MNIST (10k/10k); target >= 98.5%";
    }

    @Override
    public String expectedRuntime() {
        return "about 5 min";
    }

    @Override
    public String dataset() {
        return "mnist";
    }

    /** The architecture. */
    public static SequentialSpec model() {
        return new SequentialSpec(
                new Conv2dSpec(1, 32, 3, 1, 1, 1, true), new ReLUSpec(), new MaxPool2dSpec(2),
                new Conv2dSpec(32, 64, 3, 1, 1, 1, true), new ReLUSpec(), new MaxPool2dSpec(2),
                new FlattenSpec(), new LinearSpec(64 * 7 * 7, 128), new ReLUSpec(), new DropoutSpec(0.3),
                new LinearSpec(128, 10));
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
