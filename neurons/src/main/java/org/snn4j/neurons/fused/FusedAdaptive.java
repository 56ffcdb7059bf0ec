package org.snn4j.neurons.fused;

import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * The fused path of the adaptive-threshold neuron (ALIF): one graph node per sequence whose inputs
 * are the input sequence, the initial membrane, the initial threshold adaptation and the base
 * threshold, each with its exact gradient (see {@link AdaptiveKernel}). Between forward and
 * backward the node keeps the pre-reset membrane and the adapted threshold per step.
 */
public final class FusedAdaptive {
    private FusedAdaptive() {
    }

    /**
     * Runs the sequence.
     *
     * @param spec               charge law, reset, surrogate, readout and adaptation constants
     * @param input              {@code [T, B, ...]} input current, FLOAT or DOUBLE
     * @param initialMembrane    {@code [B, ...]}
     * @param initialAdaptation  {@code [B, ...]} threshold adaptation before the first step
     * @param threshold          base threshold θ: one value or one per channel {@code [C]}
     */
    public static FusedSequence apply(AdaptiveSpec spec, Tensor input, Tensor initialMembrane,
                                      Tensor initialAdaptation, Tensor threshold) {
        DataType type = Inputs.checkType(input.value(), "input");
        INDArray x = Lanes.contiguous(input.value());
        SequenceLayout layout = SequenceLayout.of(x.shape());
        INDArray v0 = Inputs.state(initialMembrane.value(), x.shape(), type, "initial membrane");
        INDArray q0 = Inputs.state(initialAdaptation.value(), x.shape(), type, "initial adaptation");
        AdaptiveKernel kernel = new AdaptiveKernel(layout, spec, Inputs.values(threshold.value()), type == DataType.FLOAT);
        boolean grad = Graph.anyRequiresGrad(input, initialMembrane, initialAdaptation, threshold);
        INDArray out = Lanes.allocate(type, x.shape());
        INDArray vT = Lanes.allocate(type, v0.shape());
        INDArray qT = Lanes.allocate(type, q0.shape());
        Lanes hStore = grad ? Lanes.heap(type, x.length()) : null;
        Lanes aStore = grad ? Lanes.heap(type, x.length()) : null;
        Lanes[] in = {Lanes.over(x), Lanes.over(v0), Lanes.over(q0)};
        Lanes outl = Lanes.over(out);
        Lanes[] fin = {Lanes.over(vT), Lanes.over(qT)};
        IntStream.range(0, layout.blocks()).parallel()
                .forEach(blk -> kernel.forward(blk, in, outl, hStore, aStore, fin));
        if (!grad) {
            return new FusedSequence(Tensor.constant(out), vT, qT);
        }
        Backward bw = new Backward(layout, kernel, type, x.shape(), v0.shape(), hStore, aStore, threshold.value().shape());
        Tensor y = Graph.record("fusedAdaptive[" + spec.surrogate().name() + "]", out, bw::apply,
                input, initialMembrane, initialAdaptation, threshold);
        return new FusedSequence(y, vT, qT);
    }

    /** The node's vector-Jacobian product: one reverse-time pass over every block. */
    private record Backward(SequenceLayout layout, AdaptiveKernel kernel, DataType type, long[] seqShape,
                            long[] stateShape, Lanes hStore, Lanes aStore, long[] thresholdShape) {

        INDArray[] apply(INDArray g, boolean[] needs) {
            Lanes gl = Lanes.over(Lanes.contiguous(g.castTo(type)));
            INDArray[] grads = {
                needs[0] ? Lanes.allocate(type, seqShape) : null,
                needs[1] ? Lanes.allocate(type, stateShape) : null,
                needs[2] ? Lanes.allocate(type, stateShape) : null};
            Lanes[] lanes = new Lanes[3];
            for (int i = 0; i < 3; i++) {
                lanes[i] = grads[i] == null ? null : Lanes.over(grads[i]);
            }
            double[][][] partials = new double[layout.blocks()][][];
            IntStream.range(0, layout.blocks()).parallel().forEach(blk -> partials[blk] =
                    new double[][] {kernel.backward(blk, gl, hStore, aStore, lanes, needs[3])});
            INDArray gTheta = needs[3] ? Inputs.fold(layout, partials, 0, thresholdShape, type) : null;
            return new INDArray[] {grads[0], grads[1], grads[2], gTheta};
        }
    }
}
