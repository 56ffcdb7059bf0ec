package org.snn4j.autograd.optim;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.nn.Parameter;

/**
 * Stochastic gradient descent with PyTorch's exact update ({@code torch.optim.SGD}):
 *
 * <pre>
 * d = g + λ·θ
 * if μ ≠ 0:  b = d                      on the first step
 *            b = μ·b + (1 − τ)·d        afterwards
 *            d = d + μ·b  (Nesterov)    or   d = b
 * θ ← θ − γ·d
 * </pre>
 * Slot: {@code momentum_buffer} (only when μ ≠ 0).
 */
public class Sgd extends Optimizer {
    private final SgdSpec spec;

    public Sgd(Map<String, ? extends Parameter> params, SgdSpec spec) {
        super(params, spec.lr());
        this.spec = spec;
    }

    @Override
    protected void update(String name, INDArray param, INDArray grad) {
        INDArray d = spec.weightDecay() != 0 ? grad.add(param.mul(spec.weightDecay())) : grad;
        if (spec.momentum() != 0) {
            boolean first = !hasSlot(name, "momentum_buffer");
            INDArray buf = slot(name, "momentum_buffer");
            if (first) {
                buf.assign(d);
            } else {
                buf.muli(spec.momentum()).addi(d.mul(1 - spec.dampening()));
            }
            d = spec.nesterov() ? d.add(buf.mul(spec.momentum())) : buf;
        }
        param.subi(d.mul(learningRate()));
    }

    @Override
    protected List<String> tensorSlots() {
        return spec.momentum() != 0 ? List.of("momentum_buffer") : List.of();
    }

    @Override
    protected List<String> scalarSlots() {
        return List.of();
    }

    @Override
    public SgdSpec spec() {
        return spec.withLr(learningRate());
    }
}
