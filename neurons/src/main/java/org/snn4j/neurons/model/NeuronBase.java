package org.snn4j.neurons.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.ops.Indexing;
import org.snn4j.autograd.ops.Joining;
import org.snn4j.neurons.surrogate.Spike;

/**
 * What every model shares: the threshold (fixed, or a learnable parameter per layer or per
 * channel), fire and reset on the tape, the unrolled reference sequence and input checks.
 *
 * @param <S> the state type
 */
abstract class NeuronBase<S extends NeuronState> implements NeuronModel<S> {
    protected final Firing firing;
    protected final int channels;
    protected final DataType type;
    protected final Tensor threshold;

    NeuronBase(Firing firing, int channels, DataType type) {
        if (channels < 1) {
            throw new IllegalArgumentException("channels = " + channels + " must be ≥ 1 (1 = one value per layer)");
        }
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw new IllegalArgumentException("neuron data type must be FLOAT or DOUBLE, got " + type);
        }
        this.firing = firing;
        this.channels = channels;
        this.type = type;
        this.threshold = firing.learnableThreshold()
                ? new Parameter(Nd4j.valueArrayOf(new long[] {channels}, firing.threshold(), type))
                : Tensor.constant(Nd4j.valueArrayOf(new long[] {1}, firing.threshold(), type));
    }

    /** Learnable tensors of the subclass (beyond the threshold), in a stable order. */
    Map<String, Tensor> modelParameters() {
        return Map.of();
    }

    @Override
    public final Map<String, Tensor> learnableParameters() {
        Map<String, Tensor> m = new LinkedHashMap<>(modelParameters());
        if (firing.learnableThreshold()) {
            m.put("threshold", threshold);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The threshold tensor: {@code [1]} when fixed, {@code [channels]} when learnable. */
    public Tensor threshold() {
        return threshold;
    }

    /** The reset in the fused kernels' form. */
    ResetLaw resetLaw() {
        return firing.reset().law(firing.vReset(), firing.detachReset());
    }

    /** {@code p} ([1] or [C]) shaped to broadcast against one step {@code [B, C, ...]}. */
    Tensor perChannel(Tensor p, Tensor step) {
        if (p.value().length() == 1) {
            return p;
        }
        if (step.rank() < 2 || step.size(1) != p.value().length()) {
            throw new IllegalArgumentException(name() + ": " + p.value().length() + " per-channel values need input"
                    + " [B, " + p.value().length() + ", ...], got " + Arrays.toString(step.shape()));
        }
        long[] shape = new long[step.rank() - 1];
        Arrays.fill(shape, 1L);
        shape[0] = p.value().length();
        return p.reshape(shape);
    }

    /** SpikingJelly's {@code neuronal_fire}: {@code s = H(h − θ)}. */
    Tensor fire(Tensor h, Tensor theta) {
        return Spike.apply(h.sub(theta), firing.surrogate());
    }

    /** SpikingJelly's {@code neuronal_reset} (see {@link ResetMode}). */
    Tensor reset(Tensor h, Tensor spike, Tensor theta) {
        Tensor s = firing.detachReset() ? spike.detach() : spike;
        return switch (firing.reset()) {
            case SUBTRACT -> h.sub(s.mul(theta));
            case TO_VALUE -> h.mul(s.neg().add(1.0)).add(s.mul(firing.vReset()));
            case NONE -> h;
        };
    }

    /** A constant {@code [B, ...]} filled with {@code value}. */
    static Tensor filled(long[] stepShape, double value, DataType type) {
        return Tensor.constant(Nd4j.valueArrayOf(stepShape, value, type));
    }

    void checkInput(Tensor input, int minRank, String what) {
        if (input.dataType() != type) {
            throw new IllegalArgumentException(name() + ": " + what + " is " + input.dataType()
                    + " but the model was built for " + type);
        }
        if (input.rank() < minRank) {
            throw new IllegalArgumentException(name() + ": " + what + " needs rank ≥ " + minRank + ", got shape "
                    + Arrays.toString(input.shape()));
        }
    }

    @Override
    public final SequenceResult<S> forwardSequence(Tensor input, S initial, ExecutionPath path, Readout readout) {
        checkInput(input, 2, "input sequence [T, B, ...]");
        long[] shape = input.shape();
        if (channels > 1 && (shape.length < 3 || shape[2] != channels)) {
            throw new IllegalArgumentException(name() + ": built with " + channels + " channels, so the input must be"
                    + " [T, B, " + channels + ", ...], got " + Arrays.toString(shape));
        }
        S start = initial != null ? initial : initialState(Arrays.copyOfRange(shape, 1, shape.length), type);
        return path == ExecutionPath.FUSED ? fused(input, start, readout) : unrolled(input, start, readout);
    }

    /** The fused node for the whole sequence. */
    abstract SequenceResult<S> fused(Tensor input, S initial, Readout readout);

    private SequenceResult<S> unrolled(Tensor input, S initial, Readout readout) {
        int steps = (int) input.size(0);
        Tensor[] out = new Tensor[steps];
        S state = initial;
        for (int t = 0; t < steps; t++) {
            StepResult<S> r = step(Indexing.select(input, 0, t), state);
            out[t] = readout == Readout.SPIKES ? r.spikes() : r.membrane();
            state = r.state();
        }
        return new SequenceResult<>(Joining.stack(0, out), state);
    }

    @Override
    public String toString() {
        return name() + parameters();
    }
}
