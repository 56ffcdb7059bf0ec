package org.snn4j.autograd.nn;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Comparisons;

/** Rectifier {@code y = max(x, 0)} elementwise, any shape; {@code relu'(0) = 0}. No parameters. */
public class ReLU extends Module {

    @Override
    public Tensor forward(Tensor x) {
        return Comparisons.relu(x);
    }

    @Override
    public ReLUSpec spec() {
        return new ReLUSpec();
    }
}
