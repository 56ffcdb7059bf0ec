package org.snn4j.autograd.train;

import java.util.List;

/**
 * The outcome of {@link Trainer#fit}.
 *
 * @param epochs           metrics of every epoch, including epochs restored from a checkpoint
 * @param testAccuracy     accuracy (0..1) on the evaluation set after the last epoch
 * @param trainSeconds     wall time spent training (summed over epochs, restored ones included)
 * @param samplesPerSecond training samples processed per second over all epochs
 * @param settingsChanges  settings changed on a resume with override, oldest first (usually empty)
 */
public record TrainingResult(List<EpochMetrics> epochs, double testAccuracy, double trainSeconds,
                             double samplesPerSecond, List<SettingsChange> settingsChanges) {
    public TrainingResult {
        epochs = List.copyOf(epochs);
        settingsChanges = List.copyOf(settingsChanges);
    }

    /** A result without settings changes. */
    public TrainingResult(List<EpochMetrics> epochs, double testAccuracy, double trainSeconds, double samplesPerSecond) {
        this(epochs, testAccuracy, trainSeconds, samplesPerSecond, List.of());
    }
}
