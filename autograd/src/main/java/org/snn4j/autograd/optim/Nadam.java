package org.snn4j.autograd.optim;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
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
 * One fused pass per parameter ({@link FusedUpdate}) with the roundings of the element-wise form
 * above. Used by the SLAYER recipes. Slots: {@code exp_avg}, {@code exp_avg_sq}, scalars {@code step}
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
        double mu = b1 * (1 - 0.5 * Math.pow(0.96, t * psi));
        double muNext = b1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * psi));
        double muProduct = muProductSlot.getDouble(0) * mu;
        muProductSlot.assign(muProduct);
        double wd = spec.weightDecay();
        double bc2 = 1 - Math.pow(b2, t);
        double lr = learningRate();
        double gStep = lr * (1 - mu) / (1 - muProduct);
        double mStep = lr * muNext / (1 - muProduct * muNext);
        double eps = spec.eps();
        float b1f = (float) b1;
        float b2f = (float) b2;
        float c1f = (float) (1 - b1);
        float c2f = (float) (1 - b2);
        float wdf = (float) wd;
        float bc2f = (float) bc2;
        float epsF = (float) eps;
        float gStepF = (float) gStep;
        float mStepF = (float) mStep;
        INDArray[] slots = {slot(name, "exp_avg"), slot(name, "exp_avg_sq")};
        FusedUpdate.run(param, grad, slots, (p, g, s, n) -> {
            float[] m = s[0];
            float[] v = s[1];
            for (int i = 0; i < n; i++) {
                float gi = wd != 0 ? g[i] + p[i] * wdf : g[i];
                float mi = m[i] * b1f + gi * c1f;
                float vi = v[i] * b2f + gi * gi * c2f;
                m[i] = mi;
                v[i] = vi;
                float denom = (float) Math.sqrt(vi / bc2f) + epsF;
                float pi = p[i] - gi / denom * gStepF;
                p[i] = pi - mi / denom * mStepF;
            }
        }, (p, g, s, n) -> {
            double[] m = s[0];
            double[] v = s[1];
            for (int i = 0; i < n; i++) {
                double gi = wd != 0 ? g[i] + p[i] * wd : g[i];
                double mi = m[i] * b1 + gi * (1 - b1);
                double vi = v[i] * b2 + gi * gi * (1 - b2);
                m[i] = mi;
                v[i] = vi;
                double denom = Math.sqrt(vi / bc2) + eps;
                double pi = p[i] - gi / denom * gStep;
                p[i] = pi - mi / denom * mStep;
            }
        });
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
