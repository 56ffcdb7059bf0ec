package org.snn4j.autograd.nn;

import org.snn4j.autograd.Tensor;

/** Placeholder until the op lands. */
public class MaxPool2d extends Module {
    private final MaxPool2dSpec spec;

    public MaxPool2d(MaxPool2dSpec spec) {
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x) {
        throw new UnsupportedOperationException("pending");
    }

    @Override
    public MaxPool2dSpec spec() {
        return spec;
    }
}
