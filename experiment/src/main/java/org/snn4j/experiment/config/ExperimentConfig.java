package org.snn4j.experiment.config;

import org.snn4j.autograd.optim.LrSchedule;
import org.snn4j.autograd.optim.OptimizerSpec;

/**
 * A fully resolved experiment: everything a training run depends on, written into every report and
 * checkpoint under {@code config}, so that {@code snn4j train --config report.json} repeats the run.
 * The JSON field names are the component names; see {@code docs/CONFIG.md} for defaults.
 *
 * @param formatVersion config format, {@value #FORMAT_VERSION}
 * @param name          the experiment's name (reports, checkpoints)
 * @param description   one line: what it trains and what it should reach (may be empty)
 * @param seed          master seed: weights, shuffling, encoders and augmentations all derive from it
 * @param data          dataset, input coding and limits
 * @param model         the layers, with every size written out
 * @param loss          the training loss and its settings
 * @param optimizer     the optimiser (model.json's optimizer vocabulary: sgd, adam, adamw, nadam)
 * @param schedule      the learning rate per epoch (constant, step, cosine, warmup)
 * @param train         epochs, batch sizes, clipping
 */
public record ExperimentConfig(int formatVersion, String name, String description, long seed, DataConfig data,
                               ModelConfig model, LossConfig loss, OptimizerSpec optimizer, LrSchedule schedule,
                               TrainConfig train) {
    /** The config format version this snn4j reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public ExperimentConfig {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("formatVersion must be " + FORMAT_VERSION + ", got " + formatVersion);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        description = description == null ? "" : description;
        if (data == null || model == null || loss == null || optimizer == null || schedule == null || train == null) {
            throw new IllegalArgumentException("data, model, loss, optimizer, schedule and train are required");
        }
    }
}
