package org.snn4j.neurons.model;

import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.snn4j.autograd.Tensor;

/**
 * A spiking neuron model: immutable parameters, an immutable state and a pure step
 * (charge → fire → reset), plus a fused path for whole sequences.
 *
 * <p>Inputs are currents in membrane units per step, shaped {@code [B, ...]} for one step and
 * time-major {@code [T, B, ...]} for a sequence. Learnable values (a trained threshold, PLIF's
 * {@code w}) are {@link org.snn4j.autograd.nn.Parameter}s listed by {@link #learnableParameters()}
 * so that a layer can register them; both paths read their current values.
 *
 * @param <S> the state type
 */
public interface NeuronModel<S extends NeuronState> {

    /** The registry name ({@code "lif"}, ...). */
    String name();

    /** The parameters record this model was built from. */
    NeuronParameters parameters();

    /** Learnable tensors by name ({@code "threshold"}, {@code "w"}); empty when nothing is trained. */
    Map<String, Tensor> learnableParameters();

    /** The state before the first step for one step of input shaped {@code stepShape = [B, ...]}. */
    S initialState(long[] stepShape, DataType type);

    /** One step on the tape (the reference definition); {@code state} may be null for the initial state. */
    StepResult<S> step(Tensor input, S state);

    /**
     * Runs {@code input [T, B, ...]} from {@code initial} (null: the initial state).
     *
     * @param path    the unrolled reference or the fused node
     * @param readout spikes, or the pre-reset membrane
     */
    SequenceResult<S> forwardSequence(Tensor input, S initial, ExecutionPath path, Readout readout);

    /** The spikes of {@code input [T, B, ...]} from the initial state. */
    default Tensor forwardSequence(Tensor input, boolean fused) {
        return forwardSequence(input, null, fused ? ExecutionPath.FUSED : ExecutionPath.REFERENCE, Readout.SPIKES)
                .output();
    }
}
