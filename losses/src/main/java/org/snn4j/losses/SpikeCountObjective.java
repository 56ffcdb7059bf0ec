package org.snn4j.losses;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.train.Objective;

/**
 * A spiking classifier's objective: any {@link ClassificationLoss} over the output spikes
 * {@code [T, B, C]}, with the class predicted as the neuron that fired most.
 */
public final class SpikeCountObjective implements Objective {
    private final ClassificationLoss loss;

    public SpikeCountObjective(ClassificationLoss loss) {
        this.loss = loss;
    }

    @Override
    public Tensor loss(Tensor output, int[] labels) {
        return loss.loss(output, labels);
    }

    @Override
    public int[] predict(Tensor output) {
        return SpikeCountClassifier.predict(output.value());
    }

    @Override
    public String toString() {
        return loss.name();
    }
}
