package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import java.io.IOException;

/**
 * A named, reproducible training recipe: dataset, model, optimiser, epochs and seed.
 */
public interface Preset {
    /** The name used on the command line, e.g. {@code mnist-ann-mlp}. */
    String name();

    /** One line: what it trains and what it should reach. */
    String summary();

    /** Expected wall time on a 2-core machine, e.g. "about 2 min". */
    String expectedRuntime();

    /** The dataset's standard folder name under {@code $SNN4J_DATA}. */
    String dataset();

    /** Loads data and builds the model and optimiser. */
    Experiment build(PresetOptions options) throws IOException;
}
