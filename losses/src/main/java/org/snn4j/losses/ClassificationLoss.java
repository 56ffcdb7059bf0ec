package org.snn4j.losses;

import org.snn4j.autograd.Tensor;

/** A {@link SpikeLoss} whose target is one class label per sample. */
public interface ClassificationLoss extends SpikeLoss {

    /**
     * @param output time-major {@code [T, B, C]}
     * @param labels {@code B} class indices, each in {@code [0, C)}
     */
    Tensor loss(Tensor output, int[] labels);

    @Override
    default Tensor compute(Tensor output, LossTarget target) {
        return loss(output, target.labels());
    }
}
