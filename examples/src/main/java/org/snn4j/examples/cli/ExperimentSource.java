package org.snn4j.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snn4j.experiment.Experiment;
import picocli.CommandLine.Option;

/**
 * Where {@code train} and {@code eval} take the experiment config from: {@code --config FILE} (a
 * config, a run report or a checkpoint) or {@code --preset NAME}; an exclusive picocli group.
 */
final class ExperimentSource {
    @Option(names = "--config", paramLabel = "FILE", description = "Experiment config (JSON or YAML), a run report"
            + " (its config) or a checkpoint folder (its model.json metadata.config).")
    Path config;

    @Option(names = "--preset", paramLabel = "NAME", description = "A shipped preset (snn4j presets lists them).")
    String preset;

    /** The experiment of {@code source} (null: of {@code fallback}, a checkpoint) with the config edits {@code sets}. */
    static Experiment load(ExperimentSource source, Path fallback, List<String> sets) throws IOException {
        if (source == null) {
            return Experiment.fromFile(fallback, sets);
        }
        return source.config != null ? Experiment.fromFile(source.config, sets) : Experiment.preset(source.preset, sets);
    }
}
