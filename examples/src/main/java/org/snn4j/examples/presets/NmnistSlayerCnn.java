package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import java.io.IOException;
import java.util.Map;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.optim.NadamSpec;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.transforms.ToSpikeTensor;
import org.snn4j.neurons.slayer.SrmParameters;
import org.snn4j.neurons.slayer.layer.SlayerConvSpec;
import org.snn4j.neurons.slayer.layer.SlayerDenseSpec;
import org.snn4j.neurons.slayer.layer.SlayerPoolSpec;

/**
 * {@code nmnist-slayer-cnn}: a small SLAYER convolutional SRM network on N-MNIST spikes (Shrestha
 * &amp; Orchard, NeurIPS 2018; the layer types of slayerPytorch's {@code 03_NMNIST_CNN} example,
 * a smaller shape):
 *
 * <pre>
 * [300, B, 2, 34, 34] → pool 2 (17×17) → conv 2→16 5×5 pad 2 (17×17) → pool 2 (9×9)
 *                     → conv 16→32 3×3 pad 1 (9×9) → pool 2 (5×5) → flatten (800) → dense → 10
 * </pre>
 * Every layer is an SRM-α neuron layer with {@link #neuron()}: slayerPytorch's CNN neuron (θ 10,
 * τ_sr 10 ms, τ_ref 1 ms, scaleRef 2, and that example's tauRho 1 and scaleRho 1, so the spike-escape
 * density stays wide). The input is pooled first, as slayerPytorch's DVS-gesture example does: on
 * 2 cores the full-resolution shape (conv 2→16 on 32×32 first) costs 5.7 s per batch of 12 against
 * 2.1 s for this one (measured). SLAYER's pooling (weight 1.1·θ, odd sizes padded at the
 * bottom/right) is kept. Same loss and schedule as {@link NmnistSlayerMlp}: NumSpikes 60/10 over
 * 300 ms, Nadam cosine-annealed, batch 12, ±{@value NmnistSlayerMlp#JITTER_PX} px jitter. Trained on
 * {@code nmnist/Train} (1,000), tested on {@code nmnist/Test} (100).
 *
 * <p><b>Two departures from slayerPytorch's defaults, both measured.</b> With its weight scales
 * (conv 100, dense 10) every layer after the first pool saturates (about 195 of 300 possible
 * spikes per neuron before the dense layer, 90 per output neuron), and with Nadam at lr 0.01 the
 * first two or three steps silence the output layer for good: after the first huge gradients
 * Nadam's second moment makes the later, small ones negligible, and accuracy stays at chance. The
 * step of the output potential is roughly {@code lr · Σ_i ε∗s_i}, so it grows with the input
 * activity of the dense layer. This preset therefore (1) initialises with weight scale
 * {@value #CONV_WEIGHT_SCALE} for the convolutions and {@value #DENSE_WEIGHT_SCALE} for the dense
 * layer, giving 6 / 35 / 12 / 61 spikes per neuron in conv1 / pool / conv2 / pool at the start
 * (measured on one batch of 12), and (2) uses lr {@value #LR}.
 */
public final class NmnistSlayerCnn implements Preset {
    /** Default number of epochs. */
    public static final int EPOCHS = 6;
    /** Nadam's default learning rate (SLAYER's 0.01 silences the output layer, see above). */
    public static final double LR = 2e-3;
    /** Initial weight scale of the convolutions (slayerPytorch: 100). */
    public static final double CONV_WEIGHT_SCALE = 3;
    /** Initial weight scale of the dense output layer (slayerPytorch: 10). */
    public static final double DENSE_WEIGHT_SCALE = 3;

    @Override
    public String name() {
        return "nmnist-slayer-cnn";
    }

    @Override
    public String summary() {
        return "SLAYER SRM CNN p2-c16-p2-c32-p2-fc10 on N-MNIST spikes 300x1ms (1000/100), NumSpikes";
    }

    @Override
    public String expectedRuntime() {
        return "about 15 min";
    }

    @Override
    public String dataset() {
        return "nmnist";
    }

    /** The architecture with {@link #neuron()}. */
    public static SequentialSpec model() {
        return model(neuron());
    }

    /** The architecture with neuron {@code n} in every layer. */
    public static SequentialSpec model(SrmParameters n) {
        return new SequentialSpec(
                new SlayerPoolSpec(2, n),
                new SlayerConvSpec(2, 16, 5, 1, 2, 1, CONV_WEIGHT_SCALE, n),
                new SlayerPoolSpec(2, n),
                new SlayerConvSpec(16, 32, 3, 1, 1, 1, CONV_WEIGHT_SCALE, n),
                new SlayerPoolSpec(2, n),
                new FlattenSpec(2),
                new SlayerDenseSpec(5 * 5 * 32, 10, DENSE_WEIGHT_SCALE, n));
    }

    /** slayerPytorch's N-MNIST CNN neuron: the MLP's with tauRho = scaleRho = 1. */
    public static SrmParameters neuron() {
        return SrmParameters.defaults();
    }

    /** The recipe with {@code epochs} epochs and {@code seed}. */
    public static SlayerRecipe recipe(int epochs, long seed) {
        SlayerRecipe mlp = NmnistSlayerMlp.recipe(epochs, seed);
        return new SlayerRecipe(model(), neuron(), new NadamSpec(LR), epochs, mlp.batchSize(), mlp.testBatch(),
                mlp.jitterPx(), mlp.trueCount(), mlp.falseCount(), seed);
    }

    @Override
    public Experiment build(PresetOptions o) throws IOException {
        ToSpikeTensor bins = ToSpikeTensor.slayerNMnist();
        SlayerSpikeData train = SlayerSpikeData.nmnist(o.dataDir(), Split.TRAIN, bins, o.trainLimit());
        SlayerSpikeData test = SlayerSpikeData.nmnist(o.dataDir(), Split.TEST, bins, o.testLimit());
        return recipe(o.epochsOr(EPOCHS), o.seedOr(42)).withLr(o.lrOr(LR)).assemble(train, test, Map.of("expectedRuntime", expectedRuntime()));
    }
}
