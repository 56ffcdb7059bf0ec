package org.snn4j.conversion.network;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One stateless linear step between two layers of spiking neurons, applied to a batch-first
 * tensor {@code [B, ...]}: a weighted layer ({@link DenseOp}, {@link ConvOp}) or a reshaping or
 * pooling step ({@link AvgPoolOp}, {@link FlattenOp}, {@link MaxPoolGateOp}).
 *
 * <p>In a converted network each op is applied to the spikes (or input currents) of one time
 * step; the linear ops are exact on firing rates, so the time average of the output is the op
 * applied to the time-averaged input.
 */
public sealed interface SynapseOp permits WeightedOp, AvgPoolOp, FlattenOp, MaxPoolGateOp {

    /** Applies the op to a batch {@code [B, ...]} (analog semantics for {@link MaxPoolGateOp}). */
    INDArray apply(INDArray x);

    /** The per-sample output shape for a per-sample input shape (no batch dimension). */
    long[] outputShape(long[] inputShape);

    /** True for the ops that carry weights (Linear, Conv2d). */
    default boolean weighted() {
        return false;
    }

    /** A short description, e.g. {@code conv2d 1->16 k3 s1 p1}. */
    String describe();
}
