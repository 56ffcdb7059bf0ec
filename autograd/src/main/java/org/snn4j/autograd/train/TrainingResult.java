package org.snn4j.autograd.train;

import java.util.List;

/**
 * The outcome of {@link Trainer#fit}.
 *
 * @param epochs           metrics of every epoch, including epochs restored from a checkpoint
 * @param testAccuracy     accuracy (0..1) on the evaluation set after the last epoch
 * @param trainSeconds     wall time spent training (summed over epochs, restored ones included)
 * @param samplesPerSecond training samples processed per second over all epochs
 */
public record TrainingResult(List<EpochMetrics> epochs, double testAccuracy, double trainSeconds,
                             double samplesPerSecond) {
    public TrainingResult {
        epochs = List.copyOf(epochs);
    }
}
