package org.snn4j.autograd.nn;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Pooling;

/**
 * Average pooling over {@code [..., C, H, W]} input, square windows:
 * {@code y[n,c,i,j] = (1/k²) Σ_{p,q<k} x̃[n, c, i·s − pad + p, j·s − pad + q]} with zero padding
 * counted in the divisor; {@code H' = ⌊(H + 2·pad − k)/s⌋ + 1}. Leading dimensions are merged into
 * the batch and restored. No parameters.
 */
public class AvgPool2d extends Module {
    private final AvgPool2dSpec spec;

    public AvgPool2d(AvgPool2dSpec spec) {
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor x4 = LeadingDims.toNchw(x, "AvgPool2d", 0);
        Tensor y = Pooling.avgPool2d(x4, spec.kernelSize(), spec.stride(), spec.padding());
        return LeadingDims.restore(y, x.shape());
    }

    @Override
    public AvgPool2dSpec spec() {
        return spec;
    }
}
