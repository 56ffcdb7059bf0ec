package org.snn4j.neurons.model;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.fused.FusedLinearCharge;
import org.snn4j.neurons.fused.FusedSequence;
import org.snn4j.neurons.fused.LinearChargeSpec;

/**
 * A model whose charge step is linear in membrane and input, {@code h = a·v + b·x + c}, with one
 * membrane state: the step is charge → {@link Firing#fire} → {@link Firing#reset}, the fused path
 * is {@link FusedLinearCharge}. Subclasses give the charge twice: on the tape ({@link #charge}) and
 * as coefficients ({@link #chargeLaw}); the fused-vs-reference sweep keeps the two in agreement.
 *
 * @param <P> the parameters record
 */
abstract class LinearChargeNeuron<P extends NeuronParameters> implements NeuronModel<P, MembraneState> {

    /** The charge on the tape: {@code h} from the previous membrane {@code v} and the input {@code x}. */
    abstract Tensor charge(Tensor v, Tensor x, P p, NeuronTensors t);

    /** The same charge as coefficients for the fused kernel. */
    abstract ChargeLaw chargeLaw(P p, NeuronTensors t);

    /** The membrane before the first step: {@code vReset}. */
    @Override
    public MembraneState initialState(P p, long[] stepShape, DataType type) {
        return new MembraneState(Tensor.constant(Nd4j.valueArrayOf(stepShape, p.firing().vReset(), type)));
    }

    @Override
    public MembraneState state(List<Tensor> tensors) {
        return new MembraneState(tensors.get(0));
    }

    @Override
    public StepResult<MembraneState> step(Tensor input, MembraneState state, P p, NeuronTensors t) {
        MembraneState s0 = state != null ? state : initialState(p, input.shape(), input.dataType());
        Firing f = p.firing();
        Tensor h = charge(s0.membrane(), input, p, t);
        Tensor theta = t.perChannel(NeuronTensors.THRESHOLD, input);
        Tensor spikes = f.fire(h, theta);
        return new StepResult<>(spikes, h, new MembraneState(f.reset(h, spikes, theta)));
    }

    /** The fused kernel starts from {@code vReset} itself: no initial-membrane array. */
    @Override
    public SequenceResult<MembraneState> fusedFromRest(Tensor input, P p, NeuronTensors t, Readout readout) {
        Firing f = p.firing();
        LinearChargeSpec spec = new LinearChargeSpec(chargeLaw(p, t), f.resetLaw(), f.surrogate(), readout);
        FusedSequence r = FusedLinearCharge.fromRest(spec, input, f.vReset(), t.threshold());
        return new SequenceResult<>(r.output(), new MembraneState(Tensor.constant(r.finalMembrane())));
    }

    @Override
    public SequenceResult<MembraneState> fused(Tensor input, MembraneState initial, P p, NeuronTensors t,
                                               Readout readout) {
        Firing f = p.firing();
        LinearChargeSpec spec = new LinearChargeSpec(chargeLaw(p, t), f.resetLaw(), f.surrogate(), readout);
        FusedSequence r = FusedLinearCharge.apply(spec, input, initial.membrane(), t.threshold());
        return new SequenceResult<>(r.output(), new MembraneState(Tensor.constant(r.finalMembrane())));
    }
}
