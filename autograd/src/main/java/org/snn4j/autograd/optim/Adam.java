package org.snn4j.autograd.optim;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.snn4j.autograd.nn.Parameter;

/**
 * Adam (Kingma &amp; Ba 2015) with PyTorch's exact bias-corrected update
 * ({@code torch.optim.Adam}, {@code amsgrad=False}); t counts this parameter's updates:
 *
 * <pre>
 * g = ∇θ + λ·θ                       (L2 weight decay; AdamW decays θ instead, see {@link AdamW})
 * m = β1·m + (1 − β1)·g
 * v = β2·v + (1 − β2)·g²
 * θ ← θ − (γ / (1 − β1ᵗ)) · m / (√v / √(1 − β2ᵗ) + ε)
 * </pre>
 * Slots: {@code exp_avg} (m), {@code exp_avg_sq} (v), scalar {@code step} (t).
 */
public class Adam extends Optimizer {
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean decoupled;
    private final AdamSpec spec;

    public Adam(Map<String, ? extends Parameter> params, AdamSpec spec) {
        this(params, spec.lr(), spec.beta1(), spec.beta2(), spec.eps(), spec.weightDecay(), false, spec);
    }

    /** For {@link AdamW}: {@code decoupled} applies λ as {@code θ ← θ·(1 − γλ)}. */
    protected Adam(Map<String, ? extends Parameter> params, double lr, double beta1, double beta2, double eps,
                   double weightDecay, boolean decoupled, AdamSpec spec) {
        super(params, lr);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.decoupled = decoupled;
        this.spec = spec;
    }

    @Override
    protected void update(String name, INDArray param, INDArray grad) {
        INDArray stepSlot = slot(name, "step");
        double t = stepSlot.getDouble(0) + 1;
        stepSlot.assign(t);
        double lr = learningRate();
        INDArray g = grad;
        if (decoupled) {
            param.muli(1 - lr * weightDecay);
        } else if (weightDecay != 0) {
            g = grad.add(param.mul(weightDecay));
        }
        INDArray m = slot(name, "exp_avg").muli(beta1).addi(g.mul(1 - beta1));
        INDArray v = slot(name, "exp_avg_sq").muli(beta2).addi(g.mul(g).muli(1 - beta2));
        double bc1 = 1 - Math.pow(beta1, t);
        double bc2 = 1 - Math.pow(beta2, t);
        INDArray denom = Transforms.sqrt(v, true).divi(Math.sqrt(bc2)).addi(eps);
        param.subi(m.div(denom).muli(lr / bc1));
    }

    @Override
    protected List<String> tensorSlots() {
        return List.of("exp_avg", "exp_avg_sq");
    }

    @Override
    protected List<String> scalarSlots() {
        return List.of("step");
    }

    @Override
    public OptimizerSpec spec() {
        return spec.withLr(learningRate());
    }
}
