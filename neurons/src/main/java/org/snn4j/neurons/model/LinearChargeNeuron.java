package org.snn4j.neurons.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.fused.FusedLinearCharge;
import org.snn4j.neurons.fused.FusedSequence;
import org.snn4j.neurons.fused.LinearChargeSpec;

/**
 * A model whose charge step is linear in membrane and input, {@code h = a·v + b·x + c}, with one
 * membrane state: the step is charge → {@link #fire} → {@link #reset}, the fused path is
 * {@link FusedLinearCharge}. Subclasses give the charge twice: on the tape ({@link #charge}) and
 * as coefficients ({@link #chargeLaw}); the reference-vs-fused test keeps the two in agreement.
 */
abstract class LinearChargeNeuron extends NeuronBase<MembraneState> {

    LinearChargeNeuron(Firing firing, int channels, DataType type) {
        super(firing, channels, type);
    }

    /** The charge on the tape: {@code h} from the previous membrane {@code v} and the input {@code x}. */
    abstract Tensor charge(Tensor v, Tensor x);

    /** The same charge as coefficients for the fused kernel. */
    abstract ChargeLaw chargeLaw();

    /** The membrane before the first step: {@code vReset}. */
    @Override
    public MembraneState initialState(long[] stepShape, DataType dataType) {
        return new MembraneState(filled(stepShape, firing.vReset(), dataType));
    }

    @Override
    public StepResult<MembraneState> step(Tensor input, MembraneState state) {
        checkInput(input, 1, "step input [B, ...]");
        MembraneState s0 = state != null ? state : initialState(input.shape(), type);
        Tensor h = charge(s0.membrane(), input);
        Tensor theta = perChannel(threshold, input);
        Tensor spikes = fire(h, theta);
        return new StepResult<>(spikes, h, new MembraneState(reset(h, spikes, theta)));
    }

    @Override
    SequenceResult<MembraneState> fused(Tensor input, MembraneState initial, Readout readout) {
        LinearChargeSpec spec = new LinearChargeSpec(chargeLaw(), resetLaw(), firing.surrogate(), readout);
        FusedSequence r = FusedLinearCharge.apply(spec, input, initial.membrane(), threshold);
        return new SequenceResult<>(r.output(), new MembraneState(Tensor.constant(r.finalMembrane())));
    }
}
