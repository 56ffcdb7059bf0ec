package org.snn4j.neurons.slayer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.NeuronTensors;
import org.snn4j.neurons.model.Neurons;
import org.snn4j.neurons.model.SequenceResult;
import org.snn4j.neurons.model.StepResult;

/**
 * The SRM neuron as a registered pure model, with sequences longer than its history (K = 23 ε
 * taps, L = 11 ν taps, H = 22): the fused node equals the unrolled step in spikes and gradients,
 * its detached final history equals the stepped one, and T = 1 is one step.
 */
class SrmStepTest {
    private static final SrmParameters P = new SrmParameters(10, 3, 1, 2, 1, 1, 1, 300);
    private static final SrmNeuron MODEL = new SrmNeuron();
    private static final long[] SHAPE = {40, 2, 5};

    private static NeuronTensors tensors(DataType type) {
        return NeuronTensors.of(Map.of(), P.firing(), type);
    }

    @Test
    void isRegisteredAsSrm() {
        assertEquals(SrmNeuron.class, Neurons.REGISTRY.get("srm").getClass());
        assertEquals("srm", Neurons.nameOf(P));
        assertEquals(22, P.historySteps());
    }

    @Test
    void fusedEqualsTheUnrolledStepInSpikesAndGradients() {
        INDArray drive = RandomArrays.uniform(21, -1.0, 5.0, SHAPE);
        INDArray seed = RandomArrays.uniform(22, -1.0, 1.0, SHAPE);
        Tensor aRef = Tensor.variable(drive.dup());
        Tensor sRef = MODEL.sequence(aRef, null, P, tensors(DataType.DOUBLE), ExecutionPath.REFERENCE, Readout.SPIKES)
                .output();
        sRef.backward(seed, false);
        Tensor aFused = Tensor.variable(drive.dup());
        Tensor sFused = MODEL.sequence(aFused, null, P, tensors(DataType.DOUBLE), ExecutionPath.FUSED, Readout.SPIKES)
                .output();
        sFused.backward(seed, false);
        double spikes = sRef.value().sumNumber().doubleValue();
        assertTrue(spikes > 20 && spikes < 0.8 * sRef.value().length(), "spike count " + spikes);
        assertEquals(sRef.value(), sFused.value());
        double rel = aRef.grad().sub(aFused.grad()).norm2Number().doubleValue() / aRef.grad().norm2Number().doubleValue();
        assertTrue(rel < 1e-9, "relative gradient error " + rel);
    }

    @Test
    void theFusedFinalHistoryIsTheSteppedOneAndContinuesTheSequence() {
        INDArray drive = RandomArrays.uniform(23, -1.0, 5.0, SHAPE);
        INDArray first = drive.get(NDArrayIndex.interval(0, 15), NDArrayIndex.all(), NDArrayIndex.all()).dup('c');
        INDArray rest = drive.get(NDArrayIndex.interval(15, 40), NDArrayIndex.all(), NDArrayIndex.all()).dup('c');
        SequenceResult<SrmState> ref = MODEL.sequence(Tensor.constant(first), null, P, tensors(DataType.DOUBLE),
                ExecutionPath.REFERENCE, Readout.SPIKES);
        SequenceResult<SrmState> fused = MODEL.sequence(Tensor.constant(first), null, P, tensors(DataType.DOUBLE),
                ExecutionPath.FUSED, Readout.SPIKES);
        assertArrayEquals(new long[] {22, 2, 5}, fused.finalState().pending().shape());
        double diff = ref.finalState().pending().value().sub(fused.finalState().pending().value()).amaxNumber()
                .doubleValue();
        assertTrue(diff < 1e-12, "final history differs by " + diff);
        INDArray whole = MODEL.sequence(Tensor.constant(drive), null, P, tensors(DataType.DOUBLE),
                ExecutionPath.FUSED, Readout.SPIKES).output().value();
        INDArray tail = MODEL.sequence(Tensor.constant(rest), fused.finalState(), P, tensors(DataType.DOUBLE),
                ExecutionPath.FUSED, Readout.SPIKES).output().value();
        assertEquals(whole.get(NDArrayIndex.interval(15, 40), NDArrayIndex.all(), NDArrayIndex.all()), tail);
        assertTrue(tail.sumNumber().doubleValue() > 5, "the tail should fire");
    }

    @Test
    void oneStepSequenceIsOneStep() {
        INDArray drive = RandomArrays.uniform(23, 5.0, 15.0, 1, 3, 4);
        Tensor seq = MODEL.sequence(Tensor.constant(drive), null, P, tensors(DataType.DOUBLE), ExecutionPath.FUSED,
                Readout.SPIKES).output();
        StepResult<SrmState> one = MODEL.step(Tensor.constant(drive.slice(0)), null, P, tensors(DataType.DOUBLE));
        assertEquals(seq.value().slice(0), one.spikes().value());
        assertEquals(0.0, one.spikes().value().sumNumber().doubleValue(), 0.0, "ε[0] = 0: the drive acts one step later");
        assertEquals(drive.slice(0).mul(P.epsilon().taps()[1]), one.state().membrane().value(), "next membrane ε[1]·a");
    }

    @Test
    void zeroInputNeverSpikesAndTheHistoryStaysZero() {
        SrmState state = null;
        for (int t = 0; t < 30; t++) {
            StepResult<SrmState> r = MODEL.step(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 2, 3)), state, P,
                    tensors(DataType.FLOAT));
            assertEquals(0.0, r.spikes().value().sumNumber().doubleValue(), 0.0);
            assertEquals(DataType.FLOAT, r.spikes().dataType());
            state = r.state();
        }
        assertArrayEquals(new long[] {22, 2, 3}, state.pending().shape());
        assertEquals(0.0, state.pending().value().amaxNumber().doubleValue(), 0.0);
    }

    @Test
    void firingIsDerivedAndOnlySrmFiringIsAccepted() {
        assertEquals(P, P.withFiring(P.firing()));
        assertEquals(P.withTheta(4.0), P.withFiring(P.firing().withThreshold(4.0)), "θ with the same relative ρ");
        SrmParameters lava = P.withPdf(PdfVariant.LAVA_DL);
        SrmParameters converted = P.withFiring(P.firing().withSurrogate(lava.surrogate()));
        assertEquals(lava.surrogate().derivative(0.7), converted.surrogate().derivative(0.7), 1e-15, "same ρ");
        assertThrows(IllegalArgumentException.class, () -> P.withFiring(P.firing().withLearnableThreshold(true)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> P.withFiring(P.firing().withReset(org.snn4j.neurons.model.ResetMode.SUBTRACT)));
        assertTrue(e.getMessage().contains("srm") && e.getMessage().contains("NONE"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> P.withFiring(P.firing().withSurrogate(new org.snn4j.neurons.surrogate.ATan())));
        assertTrue(e.getMessage().contains("slayer-pdf"), e.getMessage());
        NeuronTensors learnable = new NeuronTensors(Map.of(NeuronTensors.THRESHOLD,
                Tensor.variable(Nd4j.valueArrayOf(new long[] {1}, 10.0, DataType.DOUBLE))));
        e = assertThrows(IllegalArgumentException.class, () -> MODEL.sequence(Tensor.constant(Nd4j.zeros(3, 1, 2)),
                null, P, learnable, ExecutionPath.FUSED, Readout.SPIKES));
        assertTrue(e.getMessage().contains("fixed theta"), e.getMessage());
    }
}
