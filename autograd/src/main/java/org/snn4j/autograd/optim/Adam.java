package org.snn4j.autograd.optim;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.nn.Parameter;

/**
 * Adam (Kingma &amp; Ba 2015) with PyTorch's exact bias-corrected update ({@code torch.optim.Adam});
 * t counts this parameter's updates:
 *
 * <pre>
 * g = ∇θ + λ·θ                       (L2 weight decay; AdamW decays θ instead, see {@link AdamW})
 * m = β1·m + (1 − β1)·g
 * v = β2·v + (1 − β2)·g²
 * v̂ = max(v̂, v)                      (AMSGrad only, Reddi, Kale &amp; Kumar, ICLR 2018; else v̂ = v)
 * θ ← θ − (γ / (1 − β1ᵗ)) · m / (√v̂ / √(1 − β2ᵗ) + ε)
 * </pre>
 * Slots: {@code exp_avg} (m), {@code exp_avg_sq} (v), with AMSGrad {@code max_exp_avg_sq} (v̂),
 * scalar {@code step} (t). The update is one fused pass per parameter ({@link FusedUpdate}) with the
 * roundings of the element-wise form above.
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
        double sqrtBc2 = Math.sqrt(1 - Math.pow(beta2, t));
        double stepSize = lr / (1 - Math.pow(beta1, t));
        boolean ams = spec.amsgrad();
        INDArray[] slots = ams
                ? new INDArray[] {slot(name, "exp_avg"), slot(name, "exp_avg_sq"), slot(name, "max_exp_avg_sq")}
                : new INDArray[] {slot(name, "exp_avg"), slot(name, "exp_avg_sq")};
        float b1f = (float) beta1;
        float b2f = (float) beta2;
        float c1f = (float) (1 - beta1);
        float c2f = (float) (1 - beta2);
        float shrinkF = (float) shrink;
        float l2f = (float) l2;
        float sqrtBc2F = (float) sqrtBc2;
        float epsF = (float) eps;
        float stepF = (float) stepSize;
        boolean dec = decoupled;
        FusedUpdate.run(param, grad, slots, (p, g, s, n) -> {
            float[] m = s[0];
            float[] v = s[1];
            float[] vMax = ams ? s[2] : s[1];
            for (int i = 0; i < n; i++) {
                float pi = dec ? p[i] * shrinkF : p[i];
                float gi = l2 != 0 ? g[i] + pi * l2f : g[i];
                float mi = m[i] * b1f + gi * c1f;
                float vi = v[i] * b2f + gi * gi * c2f;
                m[i] = mi;
                v[i] = vi;
                float vh = ams ? Math.max(vMax[i], vi) : vi;
                vMax[i] = vh;
                p[i] = pi - mi / ((float) Math.sqrt(vh) / sqrtBc2F + epsF) * stepF;
            }
        }, (p, g, s, n) -> {
            double[] m = s[0];
            double[] v = s[1];
            double[] vMax = ams ? s[2] : s[1];
            for (int i = 0; i < n; i++) {
                double pi = dec ? p[i] * shrink : p[i];
                double gi = l2 != 0 ? g[i] + pi * l2 : g[i];
                double mi = m[i] * beta1 + gi * (1 - beta1);
                double vi = v[i] * beta2 + gi * gi * (1 - beta2);
                m[i] = mi;
                v[i] = vi;
                double vh = ams ? Math.max(vMax[i], vi) : vi;
                vMax[i] = vh;
                p[i] = pi - mi / (Math.sqrt(vh) / sqrtBc2 + eps) * stepSize;
            }
        });
    }

    @Override
    protected List<String> tensorSlots() {
        return spec.amsgrad() ? List.of("exp_avg", "exp_avg_sq", "max_exp_avg_sq") : List.of("exp_avg", "exp_avg_sq");
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
