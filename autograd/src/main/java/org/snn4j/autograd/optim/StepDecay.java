package org.snn4j.autograd.optim;

/**
 * Step decay (PyTorch's {@code StepLR}): {@code lr(t) = baseLr · gamma^⌊t / stepSize⌋}.
 * JSON type {@code "step"}.
 *
 * @param baseLr   learning rate at t = 0, ≥ 0
 * @param stepSize time indices between decays, ≥ 1
 * @param gamma    multiplicative factor per decay, in [0, 1]
 */
public record StepDecay(double baseLr, long stepSize, double gamma) implements LrSchedule {

    public StepDecay {
        OptimizerSpec.checkRange("StepDecay.baseLr", baseLr, 0, Double.POSITIVE_INFINITY);
        if (stepSize < 1) {
            throw new IllegalArgumentException("StepDecay.stepSize must be >= 1, got " + stepSize);
        }
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("StepDecay.gamma must be in [0, 1], got " + gamma);
        }
    }

    @Override
    public double lr(long t) {
        return baseLr * Math.pow(gamma, Math.floorDiv(t, stepSize));
    }
}
