package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import java.util.Map;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.optim.LrSchedule;
import org.snn4j.autograd.optim.Optimizer;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.autograd.train.Objective;

/**
 * Everything a preset assembles for one training run.
 *
 * @param model     the network, freshly initialised from the seed
 * @param optimizer its optimiser
 * @param schedule  learning rate per epoch, or null
 * @param objective loss and prediction rule
 * @param train     training batches
 * @param test      held-out batches
 * @param epochs    number of epochs
 * @param seed      master seed
 * @param clipNorm  gradient-norm clipping, 0 = off
 * @param config    the full configuration, written into reports
 */
public record Experiment(Module model, Optimizer optimizer, LrSchedule schedule, Objective objective,
                         BatchSource train, BatchSource test, int epochs, long seed, double clipNorm,
                         Map<String, Object> config) {
    public Experiment {
        config = Map.copyOf(config);
    }
}
