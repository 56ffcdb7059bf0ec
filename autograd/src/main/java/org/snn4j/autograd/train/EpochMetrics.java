package org.snn4j.autograd.train;

/**
 * Metrics of one training epoch.
 *
 * @param epoch            1-based epoch number
 * @param trainLoss        mean training loss over the epoch's batches
 * @param trainAccuracy    training accuracy (0..1) of the predictions made during the epoch
 * @param testAccuracy     accuracy (0..1) on the evaluation set after the epoch, or NaN if none
 * @param learningRate     the learning rate used in the epoch
 * @param seconds          wall time of the epoch's training part
 * @param samplesPerSecond training throughput of the epoch
 */
public record EpochMetrics(int epoch, double trainLoss, double trainAccuracy, double testAccuracy,
                           double learningRate, double seconds, double samplesPerSecond) {
}
