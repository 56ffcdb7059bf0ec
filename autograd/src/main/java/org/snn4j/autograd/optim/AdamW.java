package org.snn4j.autograd.optim;

import java.util.Map;
import org.snn4j.autograd.nn.Parameter;

/**
 * AdamW (Loshchilov &amp; Hutter 2019): Adam with decoupled weight decay, PyTorch's exact update
 * ({@code torch.optim.AdamW}):
 *
 * <pre>
 * θ ← θ·(1 − γλ)
 * m = β1·m + (1 − β1)·g,   v = β2·v + (1 − β2)·g²
 * θ ← θ − (γ / (1 − β1ᵗ)) · m / (√v / √(1 − β2ᵗ) + ε)
 * </pre>
 * With {@code amsgrad} the denominator uses {@code v̂ = max(v̂, v)} as in {@link Adam}. Slots as {@link Adam}.
 */
public class AdamW extends Adam {
    private final AdamWSpec specW;

    public AdamW(Map<String, ? extends Parameter> params, AdamWSpec spec) {
        super(params, spec.lr(), spec.beta1(), spec.beta2(), spec.eps(), spec.weightDecay(), true,
                new AdamSpec(spec.lr(), spec.beta1(), spec.beta2(), spec.eps(), spec.weightDecay(), spec.amsgrad()));
        this.specW = spec;
    }

    @Override
    public AdamWSpec spec() {
        return specW.withLr(learningRate());
    }
}
