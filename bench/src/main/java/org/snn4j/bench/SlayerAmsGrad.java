package org.snn4j.bench;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.optim.Adam;
import org.snn4j.autograd.optim.AdamSpec;

/**
 * Adam with AMSGrad ({@code torch.optim.Adam(..., amsgrad=True)}, Reddi et al., ICLR 2018), the
 * optimiser of {@code shared/bench/slayer_srm.py} and of slayerPytorch's N-MNIST examples. t counts
 * this parameter's updates:
 *
 * <pre>
 * m = β1·m + (1 − β1)·g,   v = β2·v + (1 − β2)·g²,   v̂ = max(v̂, v)
 * θ ← θ − (γ / (1 − β1ᵗ)) · m / (√v̂ / √(1 − β2ᵗ) + ε)
 * </pre>
 * Only the benchmark needs it, so it lives here and reports itself as its {@link AdamSpec}
 * (which has no AMSGrad flag). Slots: {@code exp_avg}, {@code exp_avg_sq},
 * {@code max_exp_avg_sq}, scalar {@code step}.
 */
public final class SlayerAmsGrad extends Adam {
    private final AdamSpec spec;

    public SlayerAmsGrad(Map<String, ? extends Parameter> params, AdamSpec spec) {
        super(params, spec);
        if (spec.weightDecay() != 0) {
            throw new IllegalArgumentException("SlayerAmsGrad supports weightDecay = 0 only, got " + spec.weightDecay());
        }
        this.spec = spec;
    }

    @Override
    protected void update(String name, INDArray param, INDArray grad) {
        INDArray stepSlot = slot(name, "step");
        double t = stepSlot.getDouble(0) + 1;
        stepSlot.assign(t);
        INDArray m = slot(name, "exp_avg").muli(spec.beta1()).addi(grad.mul(1 - spec.beta1()));
        INDArray v = slot(name, "exp_avg_sq").muli(spec.beta2()).addi(grad.mul(grad).muli(1 - spec.beta2()));
        INDArray vMax = slot(name, "max_exp_avg_sq");
        Transforms.max(vMax, v, false);
        double bc1 = 1 - Math.pow(spec.beta1(), t);
        double bc2 = 1 - Math.pow(spec.beta2(), t);
        INDArray denom = Transforms.sqrt(vMax, true).divi(Math.sqrt(bc2)).addi(spec.eps());
        param.subi(m.div(denom).muli(learningRate() / bc1));
    }

    @Override
    protected List<String> tensorSlots() {
        return List.of("exp_avg", "exp_avg_sq", "max_exp_avg_sq");
    }
}
