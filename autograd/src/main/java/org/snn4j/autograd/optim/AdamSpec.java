package org.snn4j.autograd.optim;

import java.util.Map;
import org.snn4j.autograd.nn.Parameter;

/**
 * Configuration of {@link Adam}. JSON type {@code "adam"}.
 *
 * @param lr          learning rate γ, ≥ 0 (default 1e-3)
 * @param beta1       first-moment decay β1, in [0, 1) (default 0.9)
 * @param beta2       second-moment decay β2, in [0, 1) (default 0.999)
 * @param eps         denominator floor ε, ≥ 0 (default 1e-8)
 * @param weightDecay L2 coefficient λ added to the gradient, ≥ 0 (default 0)
 */
public record AdamSpec(double lr, double beta1, double beta2, double eps, double weightDecay) implements OptimizerSpec {

    public AdamSpec {
        validate("AdamSpec", lr, beta1, beta2, eps, weightDecay);
    }

    /** β = (0.9, 0.999), ε = 1e-8, no weight decay. */
    public AdamSpec(double lr) {
        this(lr, 0.9, 0.999, 1e-8, 0);
    }

    @Override
    public AdamSpec withLr(double newLr) {
        return new AdamSpec(newLr, beta1, beta2, eps, weightDecay);
    }

    @Override
    public Adam build(Map<String, ? extends Parameter> params) {
        return new Adam(params, this);
    }

    static void validate(String record, double lr, double beta1, double beta2, double eps, double weightDecay) {
        OptimizerSpec.checkRange(record + ".lr", lr, 0, Double.POSITIVE_INFINITY);
        OptimizerSpec.checkRange(record + ".beta1", beta1, 0, 1);
        OptimizerSpec.checkRange(record + ".beta2", beta2, 0, 1);
        OptimizerSpec.checkRange(record + ".eps", eps, 0, Double.POSITIVE_INFINITY);
        OptimizerSpec.checkRange(record + ".weightDecay", weightDecay, 0, Double.POSITIVE_INFINITY);
    }
}
