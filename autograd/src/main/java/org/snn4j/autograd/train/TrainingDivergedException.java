package org.snn4j.autograd.train;

/**
 * The loss became NaN or infinite: {@link Trainer} stops before the optimiser applies the bad
 * gradient (so a checkpoint of the previous epoch stays usable). The message is one line with
 * the epoch, the batch, the first layer whose output was non-finite, and a hint.
 */
public class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int epoch;
    private final long batch;

    public TrainingDivergedException(int epoch, long batch, String message) {
        super(message);
        this.epoch = epoch;
        this.batch = batch;
    }

    /** The epoch (1-based) in which the loss went non-finite. */
    public int epoch() {
        return epoch;
    }

    /** The batch (1-based, within the epoch) whose loss went non-finite. */
    public long batch() {
        return batch;
    }
}
