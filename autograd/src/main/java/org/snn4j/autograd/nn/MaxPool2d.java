package org.snn4j.autograd.nn;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Pooling;

/**
 * Max pooling over {@code [..., C, H, W]} input, square windows:
 * {@code y[n,c,i,j] = max_{p,q<k} x[n, c, i·s − pad + p, j·s − pad + q]} (padding never wins);
 * the gradient flows to each window's arg-max. {@code H' = ⌊(H + 2·pad − k)/s⌋ + 1}. Leading
 * dimensions are merged into the batch and restored. No parameters.
 */
public class MaxPool2d extends Module {
    private final MaxPool2dSpec spec;

    public MaxPool2d(MaxPool2dSpec spec) {
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor x4 = LeadingDims.toNchw(x, "MaxPool2d", 0);
        Tensor y = Pooling.maxPool2d(x4, spec.kernelSize(), spec.stride(), spec.padding());
        return LeadingDims.restore(y, x.shape());
    }

    @Override
    public MaxPool2dSpec spec() {
        return spec;
    }
}
