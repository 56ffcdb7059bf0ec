package org.snn4j.autograd.optim;

/**
 * Linear warm-up composed with another schedule (PyTorch's {@code LinearLR} followed by the
 * other schedule in a {@code SequentialLR} with milestone {@code warmup}):
 *
 * <pre>
 * lr(t) = after.lr(0) · (startFactor + (1 − startFactor)·t/warmup)   for t &lt; warmup
 * lr(t) = after.lr(t − warmup)                                          for t ≥ warmup
 * </pre>
 * JSON type {@code "warmup"}.
 *
 * @param warmup      warm-up length in time indices, ≥ 1
 * @param startFactor fraction of {@code after.lr(0)} at t = 0, in [0, 1]
 * @param after       the schedule that follows (its time restarts at 0)
 */
public record LinearWarmup(long warmup, double startFactor, LrSchedule after) implements LrSchedule {

    public LinearWarmup {
        if (warmup < 1) {
            throw new IllegalArgumentException("LinearWarmup.warmup must be >= 1, got " + warmup);
        }
        if (!(startFactor >= 0 && startFactor <= 1)) {
            throw new IllegalArgumentException("LinearWarmup.startFactor must be in [0, 1], got " + startFactor);
        }
        if (after == null) {
            throw new IllegalArgumentException("LinearWarmup.after must not be null");
        }
    }

    @Override
    public double lr(long t) {
        if (t >= warmup) {
            return after.lr(t - warmup);
        }
        return after.lr(0) * (startFactor + (1 - startFactor) * t / warmup);
    }
}
