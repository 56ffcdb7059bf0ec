package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.optim.CosineAnnealing;
import org.snn4j.autograd.optim.NadamSpec;
import org.snn4j.losses.NumSpikes;
import org.snn4j.neurons.slayer.SrmParameters;

/**
 * The training recipe of the SLAYER presets (Shrestha &amp; Orchard, NeurIPS 2018; slayerPytorch's
 * N-MNIST examples): Nadam, SLAYER's {@link NumSpikes} loss over a target window with desired counts
 * for the true and false classes, the error spike trains filtered with the neuron's ε as
 * slayerPytorch does, random spatial jitter on training samples, and classification by the most
 * output spikes. One addition: the learning rate is cosine-annealed to 0 over the epochs
 * (slayerPytorch keeps it constant), so that the last epoch, which the report quotes, does not sit
 * on a random high or low of a test accuracy that swings by a few points from epoch to epoch.
 *
 * @param model      the architecture (its SRM neurons use {@code neuron})
 * @param neuron     the SRM neuron, for the loss's ε and the report
 * @param optimizer  Nadam and its initial learning rate
 * @param epochs     number of epochs, ≥ 1
 * @param batchSize  training batch size, ≥ 1
 * @param testBatch  evaluation batch size, ≥ 1 (memory only: results do not depend on it)
 * @param jitterPx   largest spatial shift of a training sample in pixels, ≥ 0
 * @param trueCount  desired output spikes of the labelled class over the window, ≥ 0
 * @param falseCount desired output spikes of every other class, ≥ 0
 * @param seed       master seed
 */
public record SlayerRecipe(LayerSpec model, SrmParameters neuron, NadamSpec optimizer, int epochs, int batchSize,
                           int testBatch, int jitterPx, double trueCount, double falseCount, long seed) {
    public SlayerRecipe {
        if (model == null || neuron == null || optimizer == null) {
            throw new IllegalArgumentException("SlayerRecipe.model, neuron and optimizer are required");
        }
        atLeast("epochs", epochs, 1);
        atLeast("batchSize", batchSize, 1);
        atLeast("testBatch", testBatch, 1);
        atLeast("jitterPx", jitterPx, 0);
        count("trueCount", trueCount);
        count("falseCount", falseCount);
    }

    /** The same recipe with Nadam's learning rate set to {@code lr} (the {@code --lr} override). */
    public SlayerRecipe withLr(double lr) {
        return new SlayerRecipe(model, neuron, new NadamSpec(lr), epochs, batchSize, testBatch, jitterPx, trueCount,
                falseCount, seed);
    }

    /** The same recipe for another architecture. */
    public SlayerRecipe withModel(LayerSpec newModel) {
        return new SlayerRecipe(newModel, neuron, optimizer, epochs, batchSize, testBatch, jitterPx, trueCount,
                falseCount, seed);
    }

    /** The loss: the whole sample as target window, ε-filtered error, Ts of the neuron. */
    public NumSpikes loss() {
        return NumSpikes.fromMs(0, neuron.tSampleSteps() * neuron.tsMs(), trueCount, falseCount,
                neuron.epsilon(), neuron.tsMs());
    }

    /** Builds the model and optimiser from the seed and packs the experiment with its full configuration. */
    public Experiment assemble(SlayerSpikeData train, SlayerSpikeData test, Map<String, Object> extra) {
        Module net = model.build(new SplittableRandom(seed));
        NumSpikes loss = loss();
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("model", model);
        cfg.put("neuron", neuron);
        cfg.put("optimizer", optimizerConfig());
        cfg.put("schedule", "cosine from " + optimizer.lr() + " to 0 over " + epochs + " epochs");
        cfg.put("objective", "num-spikes: window [" + loss.startStep() + ", " + loss.stopStep() + ") steps, true "
                + trueCount + " / false " + falseCount + " spikes, error filtered with epsilon (tauSr "
                + neuron.tauSrMs() + " ms), Ts " + neuron.tsMs() + " ms; predict = most output spikes");
        cfg.put("epochs", epochs);
        cfg.put("batchSize", batchSize);
        cfg.put("trainSamples", train.size());
        cfg.put("testSamples", test.size());
        cfg.put("input", "ToSpikeTensor.slayerNMnist(): " + train.steps() + " binary bins of "
                + neuron.tsMs() + " ms, [T, B, 2, 34, 34]");
        cfg.put("augmentation", jitterPx == 0 ? "none" : "spatial jitter +-" + jitterPx + " px (SpatialJitter)");
        cfg.putAll(extra);
        return new Experiment(net, optimizer.build(net.namedParameters()), new CosineAnnealing(optimizer.lr(), epochs, 0),
                new SpikeCountObjective(loss),
                train.batches(batchSize, true, jitterPx), test.batches(testBatch, false, 0), epochs, seed, 0, cfg);
    }

    /** The optimiser with its type name (a spec in a plain map would lose it). */
    private Map<String, Object> optimizerConfig() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "nadam");
        m.put("lr", optimizer.lr());
        m.put("beta1", optimizer.beta1());
        m.put("beta2", optimizer.beta2());
        m.put("eps", optimizer.eps());
        m.put("weightDecay", optimizer.weightDecay());
        m.put("momentumDecay", optimizer.momentumDecay());
        m.put("note", "torch.optim.NAdam's update; slayerPytorch's N-MNIST example also passes amsgrad=True, not used here");
        return m;
    }

    private static void count(String field, double v) {
        if (!(v >= 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException("SlayerRecipe." + field + " must be a finite count >= 0, got " + v);
        }
    }

    private static void atLeast(String field, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException("SlayerRecipe." + field + " must be >= " + min + ", got " + v);
        }
    }
}
