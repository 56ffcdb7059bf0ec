package org.snn4j.losses;

import java.util.Arrays;
import org.snn4j.autograd.Tensor;

/**
 * What a {@link SpikeLoss} compares the output with: class labels ({@code B} indices) or a
 * target spike train ({@code [T, B, C]}, the same shape as the output). Immutable.
 */
public final class LossTarget {
    private final int[] labels;
    private final Tensor spikeTrains;

    private LossTarget(int[] labels, Tensor spikeTrains) {
        this.labels = labels;
        this.spikeTrains = spikeTrains;
    }

    /** One class index per sample of the batch. */
    public static LossTarget labels(int... labels) {
        if (labels == null) {
            throw new IllegalArgumentException("labels is null");
        }
        return new LossTarget(labels.clone(), null);
    }

    /** A target spike train {@code [T, B, C]} (may require a gradient). */
    public static LossTarget spikeTrains(Tensor spikeTrains) {
        if (spikeTrains == null) {
            throw new IllegalArgumentException("spikeTrains is null");
        }
        return new LossTarget(null, spikeTrains);
    }

    public boolean hasLabels() {
        return labels != null;
    }

    /** The class labels (a copy). */
    public int[] labels() {
        if (labels == null) {
            throw new IllegalArgumentException("this loss needs class labels: build the target with LossTarget.labels(...)");
        }
        return labels.clone();
    }

    /** The target spike train. */
    public Tensor spikeTrains() {
        if (spikeTrains == null) {
            throw new IllegalArgumentException("this loss needs a target spike train: build the target with "
                    + "LossTarget.spikeTrains(...)");
        }
        return spikeTrains;
    }

    @Override
    public String toString() {
        return labels != null ? "LossTarget.labels" + Arrays.toString(labels) : "LossTarget.spikeTrains" + spikeTrains;
    }
}
