package org.snn4j.autograd.optim;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.snn4j.autograd.nn.Parameter;

/**
 * NAdam (Dozat 2016, "Incorporating Nesterov Momentum into Adam") with PyTorch's exact update
 * ({@code torch.optim.NAdam}, momentum schedule with decay ψ); t counts this parameter's updates:
 *
 * <pre>
 * g = ∇θ + λ·θ
 * μ_t = β1·(1 − ½·0.96^(tψ)),   μ_{t+1} = β1·(1 − ½·0.96^((t+1)ψ)),   Π_t = Π_{t−1}·μ_t  (Π_0 = 1)
 * m = β1·m + (1 − β1)·g,   v = β2·v + (1 − β2)·g²
 * D = √(v / (1 − β2ᵗ)) + ε
 * θ ← θ − γ·(1 − μ_t)/(1 − Π_t) · g/D − γ·μ_{t+1}/(1 − Π_t·μ_{t+1}) · m/D
 * </pre>
 * Used by the SLAYER recipes. Slots: {@code exp_avg}, {@code exp_avg_sq}, scalars {@code step}
 * and {@code mu_product}.
 */
public class Nadam extends Optimizer {
    private final NadamSpec spec;

    public Nadam(Map<String, ? extends Parameter> params, NadamSpec spec) {
        super(params, spec.lr());
        this.spec = spec;
    }

    @Override
    protected void update(String name, INDArray param, INDArray grad) {
        boolean first = !hasSlot(name, "mu_product");
        INDArray muProductSlot = slot(name, "mu_product");
        if (first) {
            muProductSlot.assign(1.0);
        }
        INDArray stepSlot = slot(name, "step");
        double t = stepSlot.getDouble(0) + 1;
        stepSlot.assign(t);
        double b1 = spec.beta1();
        double b2 = spec.beta2();
        double psi = spec.momentumDecay();
        INDArray g = spec.weightDecay() != 0 ? grad.add(param.mul(spec.weightDecay())) : grad;
        double mu = b1 * (1 - 0.5 * Math.pow(0.96, t * psi));
        double muNext = b1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * psi));
        double muProduct = muProductSlot.getDouble(0) * mu;
        muProductSlot.assign(muProduct);
        INDArray m = slot(name, "exp_avg").muli(b1).addi(g.mul(1 - b1));
        INDArray v = slot(name, "exp_avg_sq").muli(b2).addi(g.mul(g).muli(1 - b2));
        INDArray denom = Transforms.sqrt(v.div(1 - Math.pow(b2, t)), false).addi(spec.eps());
        double lr = learningRate();
        param.subi(g.div(denom).muli(lr * (1 - mu) / (1 - muProduct)));
        param.subi(m.div(denom).muli(lr * muNext / (1 - muProduct * muNext)));
    }

    @Override
    protected List<String> tensorSlots() {
        return List.of("exp_avg", "exp_avg_sq");
    }

    @Override
    protected List<String> scalarSlots() {
        return List.of("step", "mu_product");
    }

    @Override
    public NadamSpec spec() {
        return spec.withLr(learningRate());
    }
}
