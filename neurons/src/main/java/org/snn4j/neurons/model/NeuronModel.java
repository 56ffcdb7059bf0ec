package org.snn4j.neurons.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Indexing;
import org.snn4j.autograd.ops.Joining;
import org.snn4j.neurons.model.Readout;

/**
 * A spiking neuron model as pure functions, in the style of Norse: {@link #step} maps
 * (input, state, parameters, tensors) to (spikes, pre-reset membrane, next state), and
 * {@link #sequence} runs a time-major sequence, either as that step unrolled on the tape
 * ({@link ExecutionPath#REFERENCE}, the definition) or as one fused graph node
 * ({@link ExecutionPath#FUSED}). A model object holds nothing: the fixed dynamics come in the
 * parameters record {@code P}, the learnable values (a trained threshold, PLIF's {@code w}) in the
 * {@link NeuronTensors} the caller owns (a layer's module parameters), so the gradient reaches
 * them directly.
 *
 * <p>Inputs are currents in membrane units per step, {@code [B, ...]} for one step and
 * {@code [T, B, ...]} for a sequence, FLOAT or DOUBLE (the tensors must have the same type).
 * Models are registered in {@link Neurons}.
 *
 * @param <P> the parameters record
 * @param <S> the state record
 */
public interface NeuronModel<P extends NeuronParameters, S extends NeuronState> {

    /** The parameters record class (what a layer's JSON is read into). */
    Class<P> parametersType();

    /** The default parameters. */
    P defaults();

    /**
     * The model's learnable values besides the threshold, by name, with their initial value (the
     * same for every channel); a layer creates one module parameter {@code [channels]} for each.
     */
    default Map<String, Double> learnables(P p) {
        return Map.of();
    }

    /** The state before the first step for one step of input shaped {@code stepShape = [B, ...]}. */
    S initialState(P p, long[] stepShape, DataType type);

    /** The state holding {@code tensors} (in the order of {@link NeuronState#tensors()}). */
    S state(List<Tensor> tensors);

    /** One step on the tape, the reference definition; {@code state} may be null for the initial state. */
    StepResult<S> step(Tensor input, S state, P p, NeuronTensors t);

    /**
     * The fused path for a whole sequence from {@code initial}; its final state is detached.
     * The default is the reference path, for models without a fused kernel.
     */
    default SequenceResult<S> fused(Tensor input, S initial, P p, NeuronTensors t, Readout readout) {
        return reference(input, initial, p, t, readout);
    }

    /** The step unrolled over T on the tape. */
    default SequenceResult<S> reference(Tensor input, S initial, P p, NeuronTensors t, Readout readout) {
        int steps = (int) input.size(0);
        Tensor[] out = new Tensor[steps];
        S state = initial;
        for (int k = 0; k < steps; k++) {
            StepResult<S> r = step(Indexing.select(input, 0, k), state, p, t);
            out[k] = readout == Readout.SPIKES ? r.spikes() : r.membrane();
            state = r.state();
        }
        return new SequenceResult<>(Joining.stack(0, out), state);
    }

    /**
     * Runs {@code input [T, B, ...]} from {@code initial} (null: the initial state).
     *
     * @param path    the unrolled reference or the fused node
     * @param readout spikes, or the pre-reset membrane
     */
    default SequenceResult<S> sequence(Tensor input, S initial, P p, NeuronTensors t, ExecutionPath path,
                                       Readout readout) {
        long[] shape = input.shape();
        if (input.rank() < 2) {
            throw new IllegalArgumentException("neuron input must be a time-major sequence [T, B, ...], got "
                    + Arrays.toString(shape));
        }
        if (input.dataType() != DataType.FLOAT && input.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("neuron input must be FLOAT or DOUBLE, got " + input.dataType());
        }
        t.checkChannels(shape);
        if (initial == null && path == ExecutionPath.FUSED) {
            return fusedFromRest(input, p, t, readout);
        }
        S start = initial != null ? initial
                : initialState(p, Arrays.copyOfRange(shape, 1, shape.length), input.dataType());
        return path == ExecutionPath.FUSED ? fused(input, start, p, t, readout) : reference(input, start, p, t, readout);
    }

    /**
     * The fused path from {@link #initialState}; a model whose kernel can start from its rest state
     * without an array overrides this.
     */
    default SequenceResult<S> fusedFromRest(Tensor input, P p, NeuronTensors t, Readout readout) {
        long[] shape = input.shape();
        return fused(input, initialState(p, Arrays.copyOfRange(shape, 1, shape.length), input.dataType()), p, t,
                readout);
    }

    /** {@link #sequence} for callers that hold the model, parameters and state untyped (layers, tests). */
    @SuppressWarnings("unchecked")
    default SequenceResult<NeuronState> run(Tensor input, NeuronState initial, NeuronParameters p, NeuronTensors t,
                                            ExecutionPath path, Readout readout) {
        SequenceResult<S> r = sequence(input, (S) initial, parametersType().cast(p), t, path, readout);
        return new SequenceResult<>(r.output(), r.finalState());
    }
}
