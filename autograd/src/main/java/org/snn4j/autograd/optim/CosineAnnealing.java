package org.snn4j.autograd.optim;

/**
 * Cosine annealing (Loshchilov &amp; Hutter 2017, PyTorch's {@code CosineAnnealingLR} closed form)
 * without restarts: {@code lr(t) = minLr + (baseLr − minLr)·(1 + cos(π·t/tMax))/2} for
 * {@code t ≤ tMax}, and {@code minLr} afterwards. JSON type {@code "cosine"}.
 *
 * @param baseLr learning rate at t = 0, ≥ 0
 * @param tMax   time index at which minLr is reached, ≥ 1
 * @param minLr  final learning rate, in [0, baseLr]
 */
public record CosineAnnealing(double baseLr, long tMax, double minLr) implements LrSchedule {

    public CosineAnnealing {
        OptimizerSpec.checkRange("CosineAnnealing.baseLr", baseLr, 0, Double.POSITIVE_INFINITY);
        if (tMax < 1) {
            throw new IllegalArgumentException("CosineAnnealing.tMax must be >= 1, got " + tMax);
        }
        if (!(minLr >= 0 && minLr <= baseLr)) {
            throw new IllegalArgumentException("CosineAnnealing.minLr must be in [0, " + baseLr + "], got " + minLr);
        }
    }

    @Override
    public double lr(long t) {
        if (t >= tMax) {
            return minLr;
        }
        return minLr + (baseLr - minLr) * (1 + Math.cos(Math.PI * t / tMax)) / 2;
    }
}
