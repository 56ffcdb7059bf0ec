package org.snn4j.neurons.fused;

import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.neurons.model.ChargeLaw;

/**
 * The fused path of every linear-charge neuron (IF, LIF, charge-form LIF, PLIF): one graph node
 * for a whole time-major sequence {@code [T, B, ...]}.
 *
 * <p>Forward and reverse-time backward are the plain-Java loops of {@link LinearChargeKernel} (one
 * body, float32 or float64 {@link Lanes} after the input's type), run in parallel over blocks of
 * (sample, neuron range) on the common fork-join pool. Nothing is kept between the passes but the
 * node's inputs: backward recomputes each block's membrane from the input. The node's inputs are
 * the input sequence, the initial membrane, the charge law's learnable parameter (if any) and the
 * threshold; each gets its exact gradient under the discrete dynamics with the surrogate
 * derivative in place of {@code dH/dx}. Per-parameter sums are added in a fixed block order, so
 * results do not depend on thread scheduling.
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
        return run(Lanes.of(type), type, spec, input, initialMembrane, threshold);
    }

    private static <A> FusedSequence run(Lanes<A> lanes, DataType type, LinearChargeSpec spec, Tensor input,
                                         Tensor initialMembrane, Tensor threshold) {
        INDArray x = NativeArrays.contiguous(input.value());
        SequenceLayout layout = SequenceLayout.of(x.shape());
        INDArray v0 = Inputs.state(initialMembrane.value(), x.shape(), type, "initial membrane");
        LinearChargeKernel<A> kernel = new LinearChargeKernel<>(lanes, layout, spec, Inputs.values(threshold.value()));
        Tensor p = spec.law().parameter();
        boolean grad = Graph.anyRequiresGrad(input, initialMembrane, p, threshold);
        NativeArrays out = NativeArrays.allocate(type, x.shape());
        NativeArrays vT = NativeArrays.allocate(type, v0.shape());
        NativeArrays xl = NativeArrays.of(x);
        NativeArrays v0l = NativeArrays.of(v0);
        IntStream.range(0, layout.blocks()).parallel().forEach(blk -> kernel.forward(blk, xl, v0l, out, vT));
        if (!grad) {
            return new FusedSequence(Tensor.constant(out.array()), vT.array(), null);
        }
        Backward<A> bw = new Backward<>(spec, kernel, type, xl, v0l, threshold.value().shape());
        Tensor y = Graph.record("fusedLinearCharge[" + spec.surrogate().name() + "]", out.array(), bw::apply,
                input, initialMembrane, p, threshold);
        return new FusedSequence(y, vT.array(), null);
    }

    /** The node's vector-Jacobian product: one reverse-time pass over every block. */
    private record Backward<A>(LinearChargeSpec spec, LinearChargeKernel<A> kernel, DataType type, NativeArrays x,
                               NativeArrays v0, long[] thresholdShape) {

        INDArray[] apply(INDArray g, boolean[] needs) {
            SequenceLayout layout = kernel.layout();
            NativeArrays gl = NativeArrays.ofCopyIfNeeded(g.castTo(type));
            NativeArrays gx = needs[0] ? NativeArrays.allocate(type, x.array().shape()) : null;
            NativeArrays gv0 = needs[1] ? NativeArrays.allocate(type, v0.array().shape()) : null;
            double[][][] partials = new double[layout.blocks()][][];
            IntStream.range(0, layout.blocks()).parallel().forEach(blk -> partials[blk] =
                    kernel.backward(blk, gl, x, v0, gx, gv0, needs[3], needs[2]));
            INDArray gp = needs[2] ? parameterGradient(layout, partials) : null;
            INDArray gTheta = needs[3] ? Inputs.fold(layout, partials, 0, thresholdShape, type) : null;
            return new INDArray[] {gx == null ? null : gx.array(), gv0 == null ? null : gv0.array(), gp, gTheta};
        }

        private INDArray parameterGradient(SequenceLayout layout, double[][][] partials) {
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
