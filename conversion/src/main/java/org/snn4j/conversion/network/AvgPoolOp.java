package org.snn4j.conversion.network;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Pooling;

/**
 * Average pooling over {@code [B, C, H, W]} (padded zeros count in the divisor, like
 * {@code nn.AvgPool2d}). Linear, so on spike trains it is exact on rates; on spikes it produces
 * fractional currents for the next synapse.
 *
 * @param kernelSize window side, ≥ 1
 * @param stride     ≥ 1
 * @param padding    in [0, kernelSize/2]
 */
public record AvgPoolOp(int kernelSize, int stride, int padding) implements SynapseOp {

    public AvgPoolOp {
        if (kernelSize < 1 || stride < 1 || padding < 0 || 2 * padding > kernelSize) {
            throw new IllegalArgumentException("AvgPoolOp: kernelSize >= 1, stride >= 1, padding in [0, kernelSize/2]"
                    + " required, got " + kernelSize + ", " + stride + ", " + padding);
        }
    }

    @Override
    public INDArray apply(INDArray x) {
        try (GradMode.Scope s = GradMode.noGrad()) {
            return Pooling.avgPool2d(Tensor.constant(x), kernelSize, stride, padding).value();
        }
    }

    @Override
    public long[] outputShape(long[] in) {
        return poolShape(describe(), in, kernelSize, stride, padding);
    }

    static long[] poolShape(String what, long[] in, int k, int s, int p) {
        if (in.length != 3) {
            throw new IllegalArgumentException(what + " needs input [C, H, W], got " + Arrays.toString(in));
        }
        return new long[] {in[0], (in[1] + 2L * p - k) / s + 1, (in[2] + 2L * p - k) / s + 1};
    }

    @Override
    public String describe() {
        return "avgpool2d k" + kernelSize + " s" + stride + " p" + padding;
    }
}
