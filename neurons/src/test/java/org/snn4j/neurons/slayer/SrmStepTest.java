package org.snn4j.neurons.slayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.ops.Indexing;
import org.snn4j.autograd.ops.Joining;
import org.snn4j.autograd.temporal.FilterMethod;
import org.snn4j.neurons.model.ExecutionPath;

/** The pure step of the SRM neuron: T steps are the sequence, T = 1 is one step, no input no spikes. */
class SrmStepTest {
    private static final SrmParameters P = new SrmParameters(10, 3, 1, 2, 1, 1, 1, 300);   // K = 23, L = 11
    private static final long[] SHAPE = {40, 2, 5};

    private static Tensor stepAll(Tensor drive, SrmParameters p) {
        int steps = (int) drive.size(0);
        Tensor[] s = new Tensor[steps];
        SrmState state = SrmState.initial();
        for (int t = 0; t < steps; t++) {
            SrmStep r = SrmNeuron.step(Indexing.select(drive, 0, t), state, p);
            s[t] = r.spikes();
            state = r.state();
        }
        return Joining.stack(0, s);
    }

    @Test
    void steppingEqualsTheSequenceInSpikesAndGradients() {
        INDArray drive = RandomArrays.uniform(21, -1.0, 5.0, SHAPE);
        INDArray seed = RandomArrays.uniform(22, -1.0, 1.0, SHAPE);
        Tensor aStep = Tensor.variable(drive.dup());
        Tensor sStep = stepAll(aStep, P);
        sStep.backward(seed, false);
        for (ExecutionPath path : ExecutionPath.values()) {
            Tensor aSeq = Tensor.variable(drive.dup());
            Tensor sSeq = SrmNeuron.sequence(aSeq, P, path, FilterMethod.AUTO);
            sSeq.backward(seed, false);
            double spikes = sSeq.value().sumNumber().doubleValue();
            assertTrue(spikes > 20 && spikes < 0.8 * sSeq.value().length(), "spike count " + spikes);
            assertEquals(sSeq.value(), sStep.value(), path + " spikes");
            double rel = aSeq.grad().sub(aStep.grad()).norm2Number().doubleValue()
                    / aSeq.grad().norm2Number().doubleValue();
            assertTrue(rel < 1e-9, path + " relative gradient error " + rel);
        }
    }

    @Test
    void oneStepSequenceIsOneStep() {
        INDArray drive = RandomArrays.uniform(23, 5.0, 15.0, 1, 3, 4);
        Tensor seq = SrmNeuron.sequence(Tensor.constant(drive), P, ExecutionPath.FUSED, FilterMethod.AUTO);
        SrmStep one = SrmNeuron.step(Tensor.constant(drive.slice(0)), SrmState.initial(), P);
        assertEquals(seq.value().slice(0), one.spikes().value());
        assertEquals(0.0, one.spikes().value().sumNumber().doubleValue(), 0.0, "ε[0] = 0: the drive acts one step later");
        assertEquals(1, one.state().drives().size());
        assertEquals(1, one.state().spikes().size());
    }

    @Test
    void zeroInputNeverSpikesAndTheHistoryIsBounded() {
        SrmState state = SrmState.initial();
        for (int t = 0; t < 30; t++) {
            SrmStep r = SrmNeuron.step(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 2, 3)), state, P);
            assertEquals(0.0, r.spikes().value().sumNumber().doubleValue(), 0.0);
            assertEquals(DataType.FLOAT, r.spikes().dataType());
            state = r.state();
        }
        assertEquals(P.epsilon().taps().length - 1, state.drives().size());
        assertEquals(P.nu().taps().length - 1, state.spikes().size());
    }
}
