package org.snn4j.conversion.network;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Convolution;

/**
 * A convolutional synapse (the weights of an {@code nn.Conv2d}, possibly with a BatchNorm folded
 * in): {@code z[n,o,i,j] = b[o] + Σ_{c,p,q} W[o,c,p,q] · x[n, c, i·s − pad + p·d, j·s − pad + q·d]}.
 *
 * @param weight   {@code [out, in, k, k]}
 * @param bias     {@code [out]} or {@code null}
 * @param stride   ≥ 1
 * @param padding  zero padding, ≥ 0
 * @param dilation ≥ 1
 */
public record ConvOp(INDArray weight, INDArray bias, int stride, int padding, int dilation) implements WeightedOp {

    public ConvOp {
        if (weight == null || weight.rank() != 4) {
            throw new IllegalArgumentException("ConvOp.weight must be [out, in, k, k], got "
                    + (weight == null ? "null" : Arrays.toString(weight.shape())));
        }
        if (bias != null && (bias.rank() != 1 || bias.length() != weight.size(0))) {
            throw new IllegalArgumentException("ConvOp.bias must be [" + weight.size(0) + "], got "
                    + Arrays.toString(bias.shape()));
        }
        if (stride < 1 || padding < 0 || dilation < 1) {
            throw new IllegalArgumentException("ConvOp: stride >= 1, padding >= 0, dilation >= 1 required, got "
                    + stride + ", " + padding + ", " + dilation);
        }
    }

    @Override
    public INDArray apply(INDArray x) {
        try (GradMode.Scope s = GradMode.noGrad()) {
            Tensor b = bias == null ? null : Tensor.constant(bias);
            return Convolution.conv2d(Tensor.constant(x.castTo(weight.dataType())), Tensor.constant(weight), b,
                    new int[] {stride, stride}, new int[] {padding, padding}, new int[] {dilation, dilation}).value();
        }
    }

    @Override
    public long[] outputShape(long[] in) {
        if (in.length != 3 || in[0] != weight.size(1)) {
            throw new IllegalArgumentException(describe() + " needs input [" + weight.size(1) + ", H, W], got "
                    + Arrays.toString(in));
        }
        long k = weight.size(2);
        long h = (in[1] + 2L * padding - dilation * (k - 1) - 1) / stride + 1;
        long w = (in[2] + 2L * padding - dilation * (k - 1) - 1) / stride + 1;
        return new long[] {weight.size(0), h, w};
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
    public ConvOp withParameters(INDArray w, INDArray b) {
        return new ConvOp(w, b, stride, padding, dilation);
    }

    @Override
    public String describe() {
        return "conv2d " + weight.size(1) + "->" + weight.size(0) + " k" + weight.size(2) + " s" + stride + " p"
                + padding + (dilation == 1 ? "" : " d" + dilation) + (bias == null ? " (no bias)" : "");
    }
}
