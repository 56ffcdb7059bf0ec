package org.snn4j.neurons.fused;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.backend.NativeMemoryPressure;
import org.snn4j.autograd.backend.ParallelTasks;

/**
 * The fused path of the adaptive-threshold neuron (ALIF): one graph node per sequence whose inputs
 * are the input sequence, the initial membrane, the initial threshold adaptation and the base
 * threshold, each with its exact gradient (see {@link AdaptiveKernel}, one body over float32 or
 * float64 {@link Lanes}). Nothing is kept between the passes but the node's inputs.
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
        return run(Lanes.of(type), type, spec, input, initialMembrane, initialAdaptation, threshold);
    }

    private static <A> FusedSequence run(Lanes<A> lanes, DataType type, AdaptiveSpec spec, Tensor input,
                                         Tensor initialMembrane, Tensor initialAdaptation, Tensor threshold) {
        INDArray x = NativeArrays.contiguous(input.value());
        SequenceLayout layout = SequenceLayout.of(x.shape());
        INDArray v0 = Inputs.state(initialMembrane.value(), x.shape(), type, "initial membrane");
        INDArray q0 = Inputs.state(initialAdaptation.value(), x.shape(), type, "initial adaptation");
        AdaptiveKernel<A> kernel = new AdaptiveKernel<>(lanes, layout, spec, Inputs.values(threshold.value()));
        boolean grad = Graph.anyRequiresGrad(input, initialMembrane, initialAdaptation, threshold);
        NativeArrays out = NativeArrays.allocate(type, x.shape());
        NativeArrays[] in = {NativeArrays.of(x), NativeArrays.of(v0), NativeArrays.of(q0)};
        NativeArrays[] fin = {NativeArrays.allocate(type, v0.shape()), NativeArrays.allocate(type, q0.shape())};
        ParallelTasks.forEach(layout.blocks(), blk -> kernel.forward(blk, in, out, fin));
        NativeMemoryPressure.produced(fin[0].array());
        NativeMemoryPressure.produced(fin[1].array());
        if (!grad) {
            NativeMemoryPressure.produced(out.array());
            return new FusedSequence(Tensor.constant(out.array()), fin[0].array(), fin[1].array());
        }
        Backward<A> bw = new Backward<>(layout, kernel, type, in, threshold.value().shape());
        Tensor y = Graph.record("fusedAdaptive[" + spec.surrogate().name() + "]", out.array(), bw::apply,
                input, initialMembrane, initialAdaptation, threshold);
        return new FusedSequence(y, fin[0].array(), fin[1].array());
    }

    /** The node's vector-Jacobian product: one reverse-time pass over every block. */
    private record Backward<A>(SequenceLayout layout, AdaptiveKernel<A> kernel, DataType type, NativeArrays[] in,
                               long[] thresholdShape) {

        INDArray[] apply(INDArray g, boolean[] needs) {
            NativeArrays gl = NativeArrays.ofCopyIfNeeded(g.castTo(type));
            NativeArrays[] grads = {
                needs[0] ? NativeArrays.allocate(type, in[0].array().shape()) : null,
                needs[1] ? NativeArrays.allocate(type, in[1].array().shape()) : null,
                needs[2] ? NativeArrays.allocate(type, in[2].array().shape()) : null};
            double[][][] partials = new double[layout.blocks()][][];
            ParallelTasks.forEach(layout.blocks(), blk -> partials[blk] =
                    new double[][] {kernel.backward(blk, gl, in, grads, needs[3])});
            INDArray gTheta = needs[3] ? Inputs.fold(layout, partials, 0, thresholdShape, type) : null;
            INDArray[] result = new INDArray[4];
            for (int i = 0; i < 3; i++) {
                result[i] = grads[i] == null ? null : grads[i].array();
            }
            result[3] = gTheta;
            return result;
        }
    }
}
