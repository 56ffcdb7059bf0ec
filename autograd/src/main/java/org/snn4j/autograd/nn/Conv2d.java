package org.snn4j.autograd.nn;

import org.snn4j.autograd.Tensor;

/** Placeholder until the op lands. */
public class Conv2d extends Module {
    private final Conv2dSpec spec;

    public Conv2d(Conv2dSpec spec, java.util.random.RandomGenerator rng) {
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x) {
        throw new UnsupportedOperationException("pending");
    }

    @Override
    public Conv2dSpec spec() {
        return spec;
    }
}
