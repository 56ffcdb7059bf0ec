package org.snn4j.autograd.optim;

import java.util.Map;
import org.snn4j.autograd.nn.Parameter;

/**
 * Configuration of {@link AdamW}. JSON type {@code "adamw"}.
 *
 * @param lr          learning rate γ, ≥ 0 (default 1e-3)
 * @param beta1       first-moment decay β1, in [0, 1) (default 0.9)
 * @param beta2       second-moment decay β2, in [0, 1) (default 0.999)
 * @param eps         denominator floor ε, ≥ 0 (default 1e-8)
 * @param weightDecay decoupled decay λ: {@code θ ← θ·(1 − γλ)} each step, ≥ 0 (default 0.01)
 * @param amsgrad     AMSGrad: divide by the running maximum of the second moment,
 *                    {@code v̂ = max(v̂, v)}, as {@code torch.optim.AdamW(amsgrad=True)} (default false)
 */
public record AdamWSpec(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad)
        implements OptimizerSpec {

    public AdamWSpec {
        AdamSpec.validate("AdamWSpec", lr, beta1, beta2, eps, weightDecay);
    }

    /** Without AMSGrad. */
    public AdamWSpec(double lr, double beta1, double beta2, double eps, double weightDecay) {
        this(lr, beta1, beta2, eps, weightDecay, false);
    }

    /** β = (0.9, 0.999), ε = 1e-8, λ = 0.01, no AMSGrad (PyTorch's defaults). */
    public AdamWSpec(double lr) {
        this(lr, 0.9, 0.999, 1e-8, 0.01);
    }

    @Override
    public AdamWSpec withLr(double newLr) {
        return new AdamWSpec(newLr, beta1, beta2, eps, weightDecay, amsgrad);
    }

    @Override
    public AdamW build(Map<String, ? extends Parameter> params) {
        return new AdamW(params, this);
    }
}
