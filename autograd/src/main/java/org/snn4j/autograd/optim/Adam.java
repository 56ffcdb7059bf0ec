package org.snn4j.autograd.optim;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
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
 * Slots: {@code exp_avg} (m), {@code exp_avg_sq} (v), scalar {@code step} (t). The update is one
 * fused pass per parameter ({@link FusedUpdate}) with the roundings of the element-wise form above.
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
        double shrink = decoupled ? 1 - lr * weightDecay : 1;
        double l2 = decoupled ? 0 : weightDecay;
        double bc1 = 1 - Math.pow(beta1, t);
        double sqrtBc2 = Math.sqrt(1 - Math.pow(beta2, t));
        double stepSize = lr / bc1;
        float b1f = (float) beta1;
        float b2f = (float) beta2;
        float c1f = (float) (1 - beta1);
        float c2f = (float) (1 - beta2);
        float shrinkF = (float) shrink;
        float l2f = (float) l2;
        float sqrtBc2F = (float) sqrtBc2;
        float epsF = (float) eps;
        float stepF = (float) stepSize;
        FusedUpdate.run(param, grad, slot(name, "exp_avg"), slot(name, "exp_avg_sq"), (p, g, m, v, n) -> {
            for (int i = 0; i < n; i++) {
                float pi = decoupled ? p[i] * shrinkF : p[i];
                float gi = l2 != 0 ? g[i] + pi * l2f : g[i];
                float mi = m[i] * b1f + gi * c1f;
                float vi = v[i] * b2f + gi * gi * c2f;
                m[i] = mi;
                v[i] = vi;
                p[i] = pi - mi / ((float) Math.sqrt(vi) / sqrtBc2F + epsF) * stepF;
            }
        }, (p, g, m, v, n) -> {
            for (int i = 0; i < n; i++) {
                double pi = decoupled ? p[i] * shrink : p[i];
                double gi = l2 != 0 ? g[i] + pi * l2 : g[i];
                double mi = m[i] * beta1 + gi * (1 - beta1);
                double vi = v[i] * beta2 + gi * gi * (1 - beta2);
                m[i] = mi;
                v[i] = vi;
                p[i] = pi - mi / (Math.sqrt(vi) / sqrtBc2 + eps) * stepSize;
            }
        });
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
