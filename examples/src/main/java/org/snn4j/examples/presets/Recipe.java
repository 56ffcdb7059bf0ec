package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.autograd.optim.CosineAnnealing;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.autograd.train.Objective;

/**
 * The training recipe most presets share: Adam with a cosine-annealed learning rate over the
 * epochs, weights drawn from the seed. {@link #assemble} records everything in the report's
 * configuration.
 *
 * @param model     the architecture
 * @param lr        Adam's initial learning rate
 * @param epochs    number of epochs
 * @param batchSize training batch size
 * @param seed      master seed
 */
public record Recipe(LayerSpec model, double lr, int epochs, int batchSize, long seed) {

    /** Builds the model and optimiser and packs the experiment; {@code extra} goes into the report config. */
    public Experiment assemble(Objective objective, BatchSource train, BatchSource test, Map<String, Object> extra) {
        Module net = model.build(new SplittableRandom(seed));
        AdamSpec adam = new AdamSpec(lr);
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("model", model);
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("type", "adam");
        opt.put("lr", adam.lr());
        opt.put("beta1", adam.beta1());
        opt.put("beta2", adam.beta2());
        opt.put("eps", adam.eps());
        opt.put("weightDecay", adam.weightDecay());
        cfg.put("optimizer", opt);
        cfg.put("schedule", "cosine to 0 over " + epochs + " epochs");
        cfg.put("objective", objective.toString());
        cfg.put("epochs", epochs);
        cfg.put("batchSize", batchSize);
        cfg.put("trainSamples", train.numSamples());
        cfg.put("testSamples", test.numSamples());
        cfg.putAll(extra);
        return new Experiment(net, adam.build(net.namedParameters()), new CosineAnnealing(lr, epochs, 0), objective,
                train, test, epochs, seed, 0, cfg);
    }
}
