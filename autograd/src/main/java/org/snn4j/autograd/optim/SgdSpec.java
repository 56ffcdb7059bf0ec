package org.snn4j.autograd.optim;

import java.util.Map;
import org.snn4j.autograd.nn.Parameter;

/**
 * Configuration of {@link Sgd}. JSON type {@code "sgd"}.
 *
 * @param lr          learning rate γ, ≥ 0
 * @param momentum    μ, in [0, 1) (0 = plain SGD)
 * @param dampening   τ, in [0, 1)
 * @param nesterov    Nesterov momentum (needs μ &gt; 0 and τ = 0)
 * @param weightDecay L2 coefficient λ, ≥ 0
 */
public record SgdSpec(double lr, double momentum, double dampening, boolean nesterov, double weightDecay)
        implements OptimizerSpec {

    public SgdSpec {
        OptimizerSpec.checkRange("SgdSpec.lr", lr, 0, Double.POSITIVE_INFINITY);
        OptimizerSpec.checkRange("SgdSpec.momentum", momentum, 0, 1);
        OptimizerSpec.checkRange("SgdSpec.dampening", dampening, 0, 1);
        OptimizerSpec.checkRange("SgdSpec.weightDecay", weightDecay, 0, Double.POSITIVE_INFINITY);
        if (nesterov && (momentum == 0 || dampening != 0)) {
            throw new IllegalArgumentException("SgdSpec.nesterov needs momentum > 0 and dampening = 0, got momentum "
                    + momentum + ", dampening " + dampening);
        }
    }

    /** Plain SGD. */
    public SgdSpec(double lr) {
        this(lr, 0, 0, false, 0);
    }

    /** SGD with (heavy-ball) momentum. */
    public SgdSpec(double lr, double momentum) {
        this(lr, momentum, 0, false, 0);
    }

    @Override
    public SgdSpec withLr(double newLr) {
        return new SgdSpec(newLr, momentum, dampening, nesterov, weightDecay);
    }

    @Override
    public Sgd build(Map<String, ? extends Parameter> params) {
        return new Sgd(params, this);
    }
}
