package org.snn4j.autograd.optim;

import java.util.Map;
import org.snn4j.autograd.nn.Parameter;

/**
 * Configuration of {@link Nadam}. JSON type {@code "nadam"}.
 *
 * @param lr            learning rate γ, ≥ 0 (PyTorch default 2e-3)
 * @param beta1         β1, in [0, 1) (default 0.9)
 * @param beta2         β2, in [0, 1) (default 0.999)
 * @param eps           ε, ≥ 0 (default 1e-8)
 * @param weightDecay   L2 coefficient λ, ≥ 0 (default 0)
 * @param momentumDecay ψ of the momentum schedule, ≥ 0 (default 0.004)
 */
public record NadamSpec(double lr, double beta1, double beta2, double eps, double weightDecay, double momentumDecay)
        implements OptimizerSpec {

    public NadamSpec {
        AdamSpec.validate("NadamSpec", lr, beta1, beta2, eps, weightDecay);
        OptimizerSpec.checkRange("NadamSpec.momentumDecay", momentumDecay, 0, Double.POSITIVE_INFINITY);
    }

    /** β = (0.9, 0.999), ε = 1e-8, λ = 0, ψ = 0.004. */
    public NadamSpec(double lr) {
        this(lr, 0.9, 0.999, 1e-8, 0, 0.004);
    }

    @Override
    public NadamSpec withLr(double newLr) {
        return new NadamSpec(newLr, beta1, beta2, eps, weightDecay, momentumDecay);
    }

    @Override
    public Nadam build(Map<String, ? extends Parameter> params) {
        return new Nadam(params, this);
    }
}
