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
 * @param amsgrad     AMSGrad (Reddi, Kale &amp; Kumar, ICLR 2018): divide by the running maximum of the
 *                    second moment, {@code v̂ = max(v̂, v)}, instead of v, exactly as
 *                    {@code torch.optim.Adam(amsgrad=True)}; the optimiser of SLAYER's examples (default false)
 */
public record AdamSpec(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad)
        implements OptimizerSpec {

    public AdamSpec {
        validate("AdamSpec", lr, beta1, beta2, eps, weightDecay);
    }

    /** Without AMSGrad. */
    public AdamSpec(double lr, double beta1, double beta2, double eps, double weightDecay) {
        this(lr, beta1, beta2, eps, weightDecay, false);
    }

    /** β = (0.9, 0.999), ε = 1e-8, no weight decay, no AMSGrad. */
    public AdamSpec(double lr) {
        this(lr, 0.9, 0.999, 1e-8, 0);
    }

    /** The same configuration with or without AMSGrad. */
    public AdamSpec withAmsgrad(boolean on) {
        return new AdamSpec(lr, beta1, beta2, eps, weightDecay, on);
    }

    @Override
    public AdamSpec withLr(double newLr) {
        return new AdamSpec(newLr, beta1, beta2, eps, weightDecay, amsgrad);
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
