package org.snn4j.neurons.slayer;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Indexing;
import org.snn4j.autograd.ops.Joining;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.Shapes;
import org.snn4j.autograd.temporal.FilterMethod;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.NeuronModel;
import org.snn4j.neurons.model.NeuronTensors;
import org.snn4j.neurons.model.SequenceResult;
import org.snn4j.neurons.model.StepResult;
import org.snn4j.neurons.surrogate.Spike;

/**
 * SLAYER's spike response model (SRM) neuron as a pure neuron model, registered as {@code "srm"}
 * (Shrestha &amp; Orchard, "SLAYER: Spike Layer Error Reassignment in Time", NeurIPS 2018, eqs. 1–6):
 * synaptic drive {@code a} in (membrane units per step, {@code [T, B, ...]}), 0/1 spikes out.
 *
 * <pre>
 * u[t] = (ε ∗ a)[t] + (ν ∗ s)[t],   s[t] = H(u[t] − θ),   backward ∂s/∂u = Ts·ρ(u)
 * </pre>
 * with the truncated SRM-α kernels ε and ν and the density ρ of {@link SrmParameters}; the
 * refractory response ν acts on the detached spike (SLAYER's approximation), so there is no reset
 * rule. The state ({@link SrmState}) is what the past still adds to the next H membranes.
 * <ul>
 *   <li>{@link #step}: one step on the tape, {@code u = ε[0]·a + pending[0]}, the common
 *       {@link Spike} op with ρ as its surrogate, then the history shifted by one step with
 *       {@code ε[j+1]·a} and {@code ν[j+1]·s} added (the reference path unrolls it);</li>
 *   <li>{@link #fused}: {@link FusedSrm}, the PSP filter and the refractory loop in one graph node,
 *       with the initial history added to the first H membranes; the final history is computed
 *       detached ({@link SrmHistory}).</li>
 * </ul>
 * The threshold is {@link SrmParameters#theta()}; the {@link NeuronTensors} must hold that same
 * fixed θ (a layer passes exactly that, since SRM firing has no learnable threshold). The membrane
 * readout is {@code u} including the refractory responses (what the threshold is compared with).
 */
public final class SrmNeuron implements NeuronModel<SrmParameters, SrmState> {

    @Override
    public Class<SrmParameters> parametersType() {
        return SrmParameters.class;
    }

    /** slayerPytorch's N-MNIST neuron ({@link SrmParameters#defaults()}). */
    @Override
    public SrmParameters defaults() {
        return SrmParameters.defaults();
    }

    /** No history: {@code pending = 0}, {@code [H, B, ...]} (allocated when first asked for). */
    @Override
    public SrmState initialState(SrmParameters p, long[] stepShape, DataType type) {
        long[] shape = new long[stepShape.length + 1];
        shape[0] = p.historySteps();
        System.arraycopy(stepShape, 0, shape, 1, stepShape.length);
        return SrmState.lazy(true, () -> Tensor.constant(Nd4j.zeros(type, shape)));
    }

    @Override
    public SrmState state(List<Tensor> tensors) {
        return new SrmState(tensors.get(0));
    }

    @Override
    public StepResult<SrmState> step(Tensor drive, SrmState state, SrmParameters p, NeuronTensors t) {
        checkThreshold(t, p);
        SrmState s0 = state != null ? state : initialState(p, drive.shape(), drive.dataType());
        int history = p.historySteps();
        long[] pendingShape = s0.pending().shape();
        checkHistory(s0.pending(), p, drive.shape());
        double[] eps = p.epsilon().taps();
        long columns = drive.value().length();
        Tensor u = drive.mul(eps[0]).add(s0.membrane());
        Tensor spikes = Spike.apply(u.sub(p.theta()), p.surrogate());
        Tensor past = Shapes.reshape(s0.pending(), history, columns);
        Tensor shifted = history == 1 ? Tensor.constant(Nd4j.zeros(drive.dataType(), 1, columns))
                : Joining.concat(0, Indexing.slice(past, 0, 1, history),
                        Tensor.constant(Nd4j.zeros(drive.dataType(), 1, columns)));
        Tensor psp = LinearAlgebra.matmul(Tensor.constant(column(eps, history, drive.dataType())),
                Shapes.reshape(drive, 1, columns));
        INDArray refractory = column(p.nu().taps(), history, drive.dataType())
                .mmul(spikes.value().reshape('c', 1, columns));
        Tensor next = shifted.add(psp).add(Tensor.constant(refractory));
        return new StepResult<>(spikes, u, new SrmState(Shapes.reshape(next, pendingShape)));
    }

    @Override
    public SequenceResult<SrmState> fused(Tensor drive, SrmState initial, SrmParameters p, NeuronTensors t,
                                          Readout readout) {
        checkThreshold(t, p);
        int steps = (int) drive.size(0);
        Tensor pending = initial.atRest() ? null : initial.pending();
        checkHistory(pending, p, Arrays.copyOfRange(drive.shape(), 1, drive.rank()));
        Tensor offset = pending == null ? null
                : pending.size(0) >= steps ? Indexing.slice(pending, 0, 0, steps)
                : Shapes.pad(pending, padding(pending.rank(), steps - pending.size(0)), 0.0);
        SrmRun run = FusedSrm.apply(drive, offset, p, FilterMethod.AUTO, readout);
        INDArray a = drive.value();
        INDArray before = pending == null ? null : pending.value();
        return new SequenceResult<>(run.output(),
                SrmState.lazy(false, () -> Tensor.constant(SrmHistory.after(a, run.spikes(), before, p))));
    }

    /** {@code [H, 1]} of {@code taps[1 … H]} (0 past the kernel's end). */
    private static INDArray column(double[] taps, int history, DataType type) {
        double[] c = new double[history];
        for (int j = 0; j < history && j + 1 < taps.length; j++) {
            c[j] = taps[j + 1];
        }
        return Nd4j.createFromArray(c).castTo(type).reshape(history, 1);
    }

    /** The history must be {@code [H, B, ...]} for steps {@code step = [B, ...]} (null: at rest). */
    private static void checkHistory(Tensor pending, SrmParameters p, long[] step) {
        if (pending == null) {
            return;
        }
        long[] ps = pending.shape();
        if (ps[0] != p.historySteps() || !Arrays.equals(Arrays.copyOfRange(ps, 1, ps.length), step)) {
            throw new IllegalArgumentException("srm: state pending " + Arrays.toString(ps) + " does not fit "
                    + p.historySteps() + " steps of history for steps " + Arrays.toString(step));
        }
    }

    private static long[][] padding(int rank, long after) {
        long[][] pad = new long[rank][2];
        pad[0][1] = after;
        return pad;
    }

    /** The tensors must carry this model's fixed θ (SRM firing has no learnable or per-channel threshold). */
    private static void checkThreshold(NeuronTensors t, SrmParameters p) {
        Tensor theta = t.threshold();
        double expected = theta.dataType() == DataType.FLOAT ? (float) p.theta() : p.theta();
        if (theta.requiresGrad() || theta.value().length() != 1 || theta.value().getDouble(0) != expected) {
            throw new IllegalArgumentException("srm: the threshold is the fixed theta = " + p.theta()
                    + " of the parameters (nu and rho scale with it); got a " + (theta.requiresGrad() ? "learnable " : "")
                    + "threshold " + Arrays.toString(theta.shape()));
        }
    }
}
