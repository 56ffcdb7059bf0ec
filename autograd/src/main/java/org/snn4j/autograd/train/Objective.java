package org.snn4j.autograd.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * What a classifier is trained to minimise and how its output becomes a prediction.
 */
public interface Objective {
    /** The scalar loss of a batch output against its labels. */
    Tensor loss(Tensor output, int[] labels);

    /**
     * Predicted class per sample. The default takes the arg-max over the last axis of a
     * {@code [B, C]} output.
     */
    default int[] predict(Tensor output) {
        INDArray v = output.value();
        if (v.rank() != 2) {
            throw new IllegalArgumentException("default predict() needs a [B, C] output, got rank " + v.rank());
        }
        int b = (int) v.size(0);
        int[] out = new int[b];
        INDArray idx = v.argMax(1);
        for (int i = 0; i < b; i++) {
            out[i] = idx.getInt(i);
        }
        return out;
    }
}
