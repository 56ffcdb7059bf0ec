package org.snn4j.neurons.fused;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.VjpRule;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.backend.NativeMemoryPressure;
import org.snn4j.autograd.backend.ParallelTasks;
import org.snn4j.neurons.model.ChargeLaw;

/**
 * The fused path of every linear-charge neuron (IF, LIF, charge-form LIF, PLIF): one graph node
 * for a whole time-major sequence {@code [T, B, ...]}.
 *
 * <p>Forward and reverse-time backward are the plain-Java loops of {@link LinearChargeKernel} (one
 * body, float32 or float64 {@link Lanes} after the input's type), run in parallel over blocks of
 * (sample, neuron range) on the common fork-join pool. What the node keeps for backward: with a
 * reset the reverse sweep can skip (detached, or subtractive) and no learnable charge parameter,
 * only σ'(h − θ) per neuron-step and, when read, the spikes as bits ({@link StepState}: 2 B + 1 bit
 * in float32 with the default {@link #compactState()}, else 4 B + 1 bit); otherwise the input current, from which
 * backward recomputes each block's membrane. The node's inputs are
 * the input sequence, the initial membrane, the charge law's learnable parameter (if any) and the
 * threshold; each gets its exact gradient under the discrete dynamics with the surrogate
 * derivative in place of {@code dH/dx}. Per-parameter sums are added in a fixed block order, so
 * results do not depend on thread scheduling. Every array made here is reported to
 * {@link NativeMemoryPressure}: the output through {@link Graph#record}, the final membrane and a
 * no-gradient output directly (before 2026-12-06 they were not, so a no-gradient loop collected
 * their native memory only when the heap happened to fill: {@code FusedLifBenchmark.forward} at the
 * LIF-MLP shape ran slower than forward + backward).
 */
public final class FusedLinearCharge {
    private static volatile boolean compactState =
            !"false".equalsIgnoreCase(System.getProperty("snn4j.compactNeuronState"));
    /** Tests turn this off to compare the stored-σ sweep with the recomputing one. */
    private static volatile boolean storeStepState = true;

    private FusedLinearCharge() {
    }

    /**
     * Whether float32 nodes keep σ as a 16-bit code relative to the surrogate's peak ({@code SigmaCode}:
     * 2 B per neuron-step instead of 4; σ within 7.7·10⁻⁶ of the peak, gradients within about 10⁻⁴
     * of their L2 norm; float64 nodes always keep it exact). On by default; {@code
     * -Dsnn4j.compactNeuronState=false} or {@link #setCompactState} keeps the exact float32 σ.
     */
    public static boolean compactState() {
        return compactState;
    }

    /** Sets {@link #compactState()} for nodes recorded from now on. */
    public static void setCompactState(boolean compact) {
        compactState = compact;
    }

    /** Package-private test hook: {@code false} makes every node keep its input and recompute. */
    static void setStoreStepState(boolean store) {
        storeStepState = store;
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
        return run(Lanes.of(type), type, spec, input, initialMembrane, 0.0, threshold);
    }

    /** {@link #apply} from a membrane at rest, {@code v[−1] = vRest} everywhere (no state array is made). */
    public static FusedSequence fromRest(LinearChargeSpec spec, Tensor input, double vRest, Tensor threshold) {
        DataType type = Inputs.checkType(input.value(), "input");
        return run(Lanes.of(type), type, spec, input, null, vRest, threshold);
    }

    private static <A> FusedSequence run(Lanes<A> lanes, DataType type, LinearChargeSpec spec, Tensor input,
                                         Tensor initialMembrane, double vRest, Tensor threshold) {
        INDArray x = NativeArrays.contiguous(input.value());
        ChargeLaw law = spec.law();
        double[] theta = Inputs.values(threshold.value());
        SequenceLayout layout = SequenceLayout.of(x.shape());
        if (law.decay().length == 1 && law.inputGain().length == 1 && law.bias().length == 1 && theta.length == 1) {
            layout = layout.mergeSamples();   // a narrow layer of shared coefficients (a readout) runs as vectors
        }
        long[] stateShape = Arrays.copyOfRange(x.shape(), 1, x.shape().length);
        INDArray v0 = initialMembrane == null ? null
                : Inputs.state(initialMembrane.value(), x.shape(), type, "initial membrane");
        LinearChargeKernel<A> kernel = new LinearChargeKernel<>(lanes, layout, spec, theta);
        Tensor p = spec.law().parameter();
        boolean grad = Graph.anyRequiresGrad(input, initialMembrane, p, threshold);
        boolean thetaGrad = Graph.anyRequiresGrad(threshold);
        StepState<A> state = grad && storeStepState && !Graph.anyRequiresGrad(p) && !kernel.sweepReadsMembrane()
                ? new StepState<>(lanes, layout, kernel.sweepReadsSpikes(thetaGrad),
                        compactState && type == DataType.FLOAT ? SigmaCode.forPeak(spec.surrogate().peak()) : null)
                : null;
        NativeArrays out = NativeArrays.allocate(type, x.shape());
        NativeArrays vT = NativeArrays.allocate(type, stateShape);
        NativeArrays xl = NativeArrays.of(x);
        NativeArrays v0l = v0 == null ? null : NativeArrays.of(v0);
        ParallelTasks.forEach(layout.blocks(), blk -> kernel.forward(blk, xl, v0l, vRest, out, vT, state));
        NativeMemoryPressure.produced(vT.array());
        if (!grad) {
            NativeMemoryPressure.produced(out.array());
            return new FusedSequence(Tensor.constant(out.array()), vT.array(), null);
        }
        VjpRule rule = state != null ? new Stored<>(kernel, type, state, stateShape, threshold.value().shape())
                : new Recomputed<>(spec, kernel, type, xl, v0l, vRest, stateShape, threshold.value().shape())::apply;
        Tensor y = Graph.record("fusedLinearCharge[" + spec.surrogate().name() + "]", out.array(), rule,
                input, initialMembrane, p, threshold);
        return new FusedSequence(y, vT.array(), null);
    }

    /**
     * The node's vector-Jacobian product from the stored σ (and spikes): one reverse pass per block;
     * the state goes back to the pool when the graph drops the rule.
     */
    private record Stored<A>(LinearChargeKernel<A> kernel, DataType type, StepState<A> state, long[] stateShape,
                             long[] thresholdShape) implements VjpRule {

        @Override
        public void release() {
            state.release();
        }

        @Override
        public INDArray[] apply(INDArray g, boolean[] needs) {
            SequenceLayout layout = kernel.layout();
            NativeArrays gl = NativeArrays.ofCopyIfNeeded(g.castTo(type));
            NativeArrays gx = needs[0] ? NativeArrays.allocate(type, g.shape()) : null;
            NativeArrays gv0 = needs[1] ? NativeArrays.allocate(type, stateShape) : null;
            double[][][] partials = new double[layout.blocks()][][];
            ParallelTasks.forEach(layout.blocks(), blk -> partials[blk] = new double[][] {
                kernel.backwardStored(blk, gl, state, gx, gv0, needs[3])});
            INDArray gTheta = needs[3] ? Inputs.fold(layout, partials, 0, thresholdShape, type) : null;
            return new INDArray[] {gx == null ? null : gx.array(), gv0 == null ? null : gv0.array(), null, gTheta};
        }
    }

    /** The node's vector-Jacobian product re-running each block's recurrence from the kept input. */
    private record Recomputed<A>(LinearChargeSpec spec, LinearChargeKernel<A> kernel, DataType type, NativeArrays x,
                                 NativeArrays v0, double vRest, long[] stateShape, long[] thresholdShape) {

        INDArray[] apply(INDArray g, boolean[] needs) {
            SequenceLayout layout = kernel.layout();
            NativeArrays gl = NativeArrays.ofCopyIfNeeded(g.castTo(type));
            NativeArrays gx = needs[0] ? NativeArrays.allocate(type, x.array().shape()) : null;
            NativeArrays gv0 = needs[1] ? NativeArrays.allocate(type, stateShape) : null;
            double[][][] partials = new double[layout.blocks()][][];
            ParallelTasks.forEach(layout.blocks(), blk -> partials[blk] =
                    kernel.backward(blk, gl, x, v0, vRest, gx, gv0, needs[3], needs[2]));
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
