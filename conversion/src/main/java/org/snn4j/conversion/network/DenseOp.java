package org.snn4j.conversion.network;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.ops.Gemm;

/**
 * A fully connected synapse {@code z = x·Wᵀ + b} with {@code W [out, in]} and optional
 * {@code b [out]} (the weights of an {@code nn.Linear}, possibly with a BatchNorm folded in). The
 * product runs through {@link Gemm} (oneDNN's matmul, the transpose passed as a flag).
 *
 * @param weight {@code [out, in]}
 * @param bias   {@code [out]} or {@code null}
 */
public record DenseOp(INDArray weight, INDArray bias) implements WeightedOp {

    public DenseOp {
        if (weight == null || weight.rank() != 2) {
            throw new IllegalArgumentException("DenseOp.weight must be [out, in], got "
                    + (weight == null ? "null" : Arrays.toString(weight.shape())));
        }
        if (bias != null && (bias.rank() != 1 || bias.length() != weight.size(0))) {
            throw new IllegalArgumentException("DenseOp.bias must be [" + weight.size(0) + "], got "
                    + Arrays.toString(bias.shape()));
        }
    }

    @Override
    public INDArray apply(INDArray x) {
        if (x.rank() != 2 || x.size(1) != weight.size(1)) {
            throw new IllegalArgumentException("dense " + weight.size(1) + "->" + weight.size(0) + " expects [B, "
                    + weight.size(1) + "], got " + Arrays.toString(x.shape()));
        }
        INDArray z = Gemm.mm(x.castTo(weight.dataType()), weight, false, true);
        return bias == null ? z : z.addiRowVector(bias);
    }

    @Override
    public long[] outputShape(long[] in) {
        if (in.length != 1 || in[0] != weight.size(1)) {
            throw new IllegalArgumentException("dense " + weight.size(1) + "->" + weight.size(0)
                    + " needs a flat input of " + weight.size(1) + " features, got " + Arrays.toString(in)
                    + " (add a Flatten before the Linear)");
        }
        return new long[] {weight.size(0)};
    }

    @Override
    public int outputChannels() {
        return (int) weight.size(0);
    }

    @Override
    public int inputChannels() {
        return (int) weight.size(1);
    }

    @Override
    public DenseOp withParameters(INDArray w, INDArray b) {
        return new DenseOp(w, b);
    }

    @Override
    public String describe() {
        return "linear " + weight.size(1) + "->" + weight.size(0) + (bias == null ? " (no bias)" : "");
    }
}
