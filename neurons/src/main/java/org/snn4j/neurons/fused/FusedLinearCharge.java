package org.snn4j.neurons.fused;

import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * The fused path of every linear-charge neuron (IF, LIF, charge-form LIF, PLIF): one graph node
 * for a whole time-major sequence {@code [T, B, ...]}.
 *
 * <p>Forward and reverse-time backward are plain-Java loops over primitive arrays (one kernel
 * in float64, a twin in float32 for speed), run in parallel over blocks of (sample, neuron range)
 * on the common fork-join pool. Between the two passes the float64 kernel keeps only the pre-reset
 * membrane {@code h} (the spike is recomputed from it); the float32 kernel keeps nothing and
 * recomputes each block's membrane from the input, which costs less memory traffic. The
 * node's inputs are the input sequence, the initial membrane, the charge law's learnable parameter
 * (if any) and the threshold; each gets its exact gradient under the discrete dynamics with the
 * surrogate derivative in place of {@code dH/dx}. Per-parameter sums are added in a fixed block
 * order, so results do not depend on thread scheduling.
 */
public final class FusedLinearCharge {
    private FusedLinearCharge() {
    }

    /**
     * Runs the sequence.
     *
     * @param spec             charge law, reset, surrogate and readout
     * @param input            {@code [T, B, ...]} input current, FLOAT or DOUBLE
     * @param initialMembrane  {@code [B, ...]} membrane before the first step
     * @param threshold        θ: one value (any shape of length 1) or one per channel {@code [C]}
     */
    public static FusedSequence apply(LinearChargeSpec spec, Tensor input, Tensor initialMembrane, Tensor threshold) {
        DataType type = Inputs.checkType(input.value(), "input");
        INDArray x = Lanes.contiguous(input.value());
        SequenceLayout layout = SequenceLayout.of(x.shape());
        INDArray v0 = Inputs.state(initialMembrane.value(), x.shape(), type, "initial membrane");
        double[] theta = Inputs.values(threshold.value());
        LinearKernel kernel = type == DataType.FLOAT ? new LinearChargeKernel32(layout, spec, theta)
                : new LinearChargeKernel(layout, spec, theta);
        Tensor p = spec.law().parameter();
        boolean grad = Graph.anyRequiresGrad(input, initialMembrane, p, threshold);
        INDArray out = Lanes.allocate(type, x.shape());
        INDArray vT = Lanes.allocate(type, v0.shape());
        Lanes store = grad && kernel.keepsMembrane() ? Lanes.heap(type, x.length()) : null;
        Lanes xl = Lanes.over(x);
        Lanes v0l = Lanes.over(v0);
        Lanes outl = Lanes.over(out);
        Lanes vTl = Lanes.over(vT);
        IntStream.range(0, layout.blocks()).parallel()
                .forEach(blk -> kernel.forward(blk, xl, v0l, outl, store, vTl));
        if (!grad) {
            return new FusedSequence(Tensor.constant(out), vT, null);
        }
        Backward bw = new Backward(spec, layout, kernel, type, x, v0, store, threshold.value().shape());
        Tensor y = Graph.record("fusedLinearCharge[" + spec.surrogate().name() + "]", out, bw::apply,
                input, initialMembrane, p, threshold);
        return new FusedSequence(y, vT, null);
    }

    /** The node's vector-Jacobian product: one reverse-time pass over every block. */
    private record Backward(LinearChargeSpec spec, SequenceLayout layout, LinearKernel kernel, DataType type,
                            INDArray x, INDArray v0, Lanes store, long[] thresholdShape) {

        INDArray[] apply(INDArray g, boolean[] needs) {
            Lanes gl = Lanes.over(Lanes.contiguous(g.castTo(type)));
            INDArray gx = needs[0] ? Lanes.allocate(type, x.shape()) : null;
            INDArray gv0 = needs[1] ? Lanes.allocate(type, v0.shape()) : null;
            Lanes gxl = gx == null ? null : Lanes.over(gx);
            Lanes gv0l = gv0 == null ? null : Lanes.over(gv0);
            Lanes xl = Lanes.over(x);
            Lanes v0l = Lanes.over(v0);
            double[][][] partials = new double[layout.blocks()][][];
            IntStream.range(0, layout.blocks()).parallel().forEach(blk -> partials[blk] =
                    kernel.backward(blk, gl, store, xl, v0l, gxl, gv0l, needs[3], needs[2]));
            INDArray gp = needs[2] ? parameterGradient(partials) : null;
            INDArray gTheta = needs[3] ? Inputs.fold(layout, partials, 0, thresholdShape, type) : null;
            return new INDArray[] {gx, gv0, gp, gTheta};
        }

        private INDArray parameterGradient(double[][][] partials) {
            ChargeLaw law = spec.law();
            int channels = law.decay().length;
            double[][] sums = new double[3][channels];
            for (int blk = 0; blk < partials.length; blk++) {
                for (int k = 0; k < 3; k++) {
                    layout.foldInto(partials[blk][k + 1], layout.firstNeuron(blk), layout.width(blk), sums[k]);
                }
            }
            return law.parameterGradient(sums[0], sums[1], sums[2]);
        }
    }
}
