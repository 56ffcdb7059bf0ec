package org.snn4j.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snn4j.autograd.train.EpochMetrics;
import org.snn4j.autograd.train.TrainingResult;

/**
 * What {@link Experiment#run()} returns: the training result plus what a report needs.
 *
 * @param training   per-epoch metrics, final test accuracy, timing
 * @param config     the resolved config (as written to reports and checkpoints)
 * @param parameters the model's trainable values
 * @param warnings   dead-network warnings printed before training (may be empty)
 */
public record ExperimentResult(TrainingResult training, Map<String, Object> config, long parameters,
                               List<String> warnings) {
    public ExperimentResult {
        warnings = List.copyOf(warnings);
    }

    /** Test accuracy after the last epoch. */
    public double testAccuracy() {
        return training.testAccuracy();
    }

    /** The mean training loss of each epoch. */
    public List<Double> epochLosses() {
        return training.epochs().stream().map(EpochMetrics::trainLoss).toList();
    }

    /** Report fields: parameters, warnings and the config under {@code config}. */
    public Map<String, Object> reportFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameters", parameters);
        m.put("warnings", warnings);
        m.put("config", config);
        return m;
    }
}
