package org.snn4j.losses;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.LossFunctions;
import org.snn4j.autograd.train.Objective;

/** Softmax cross-entropy on {@code [B, C]} logits; prediction is the arg-max. */
public final class SoftmaxObjective implements Objective {
    @Override
    public Tensor loss(Tensor output, int[] labels) {
        return LossFunctions.crossEntropy(output, labels);
    }

    @Override
    public String toString() {
        return "softmax cross-entropy";
    }
}
