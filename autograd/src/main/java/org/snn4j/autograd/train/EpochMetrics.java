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

    /** The one-line summary: {@code epoch 2/4  loss 0.4123  train 0.8810  test 0.9000  lr 0.002  3.1s  310 samples/s}. */
    public String summary(int epochs) {
        return String.format(java.util.Locale.ROOT,
                "epoch %d/%d  loss %.4f  train %.4f  test %.4f  lr %.3g  %.1fs  %s samples/s",
                epoch, epochs, trainLoss, trainAccuracy, testAccuracy, learningRate, seconds, rate(samplesPerSecond));
    }

    /** A throughput as printed everywhere: whole numbers from 10 up, two decimals below ({@code 0.72}). */
    public static String rate(double perSecond) {
        return String.format(java.util.Locale.ROOT, perSecond >= 10 ? "%.0f" : "%.2f", perSecond);
    }
}
