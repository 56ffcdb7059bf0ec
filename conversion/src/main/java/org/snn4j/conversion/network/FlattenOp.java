package org.snn4j.conversion.network;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Merges every per-sample dimension into one (row-major): {@code [B, C, H, W] → [B, C·H·W]}. */
public record FlattenOp() implements SynapseOp {

    @Override
    public INDArray apply(INDArray x) {
        return x.rank() == 2 ? x : x.reshape('c', x.size(0), x.length() / x.size(0));
    }

    @Override
    public long[] outputShape(long[] in) {
        long n = 1;
        for (long d : in) {
            n *= d;
        }
        return new long[] {n};
    }

    @Override
    public String describe() {
        return "flatten";
    }
}
