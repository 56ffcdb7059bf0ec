package org.snn4j.autograd.optim;

/**
 * {@code lr(t) = lr} for every t. JSON type {@code "constant"}.
 *
 * @param lr the learning rate, ≥ 0
 */
public record ConstantLr(double lr) implements LrSchedule {

    public ConstantLr {
        OptimizerSpec.checkRange("ConstantLr.lr", lr, 0, Double.POSITIVE_INFINITY);
    }

    @Override
    public double lr(long t) {
        return lr;
    }
}
