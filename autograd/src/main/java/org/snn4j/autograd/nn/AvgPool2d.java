package org.snn4j.autograd.nn;

import org.snn4j.autograd.Tensor;

/** Placeholder until the op lands. */
public class AvgPool2d extends Module {
    private final AvgPool2dSpec spec;

    public AvgPool2d(AvgPool2dSpec spec) {
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x) {
        throw new UnsupportedOperationException("pending");
    }

    @Override
    public AvgPool2dSpec spec() {
        return spec;
    }
}
