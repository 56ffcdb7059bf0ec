package org.snn4j.conversion.ttfs;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.ops.Comparisons;

/**
 * ReLU1, the clipped activation of LC-TTFS (Yang et al. 2023): {@code y(x) = min(1, max(0, x))}, with
 * derivative 1 on (0, 1) and 0 outside. With the dynamic threshold it satisfies the paper's
 * identity (eq. 17) {@code F^l(x) = l + 1 − y(l + 1 − x)}. No parameters.
 */
public class ClippedReLU extends Module {
    private final ClippedReLUSpec spec;

    public ClippedReLU(ClippedReLUSpec spec) {
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x) {
        return Comparisons.clamp(x, 0.0, 1.0);
    }

    @Override
    public ClippedReLUSpec spec() {
        return spec;
    }
}
