package org.snn4j.autograd.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One mini-batch: inputs and integer class labels.
 *
 * @param input  the network input, e.g. {@code [B, C, H, W]} images or time-major
 *               {@code [T, B, ...]} spike tensors
 * @param labels one class index per sample, length B
 */
public record Batch(INDArray input, int[] labels) {
    public Batch {
        if (input == null || labels == null) {
            throw new IllegalArgumentException("input and labels must not be null");
        }
    }

    /** Number of samples in the batch. */
    public int size() {
        return labels.length;
    }
}
