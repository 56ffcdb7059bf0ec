package org.snn4j.neurons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;

/** Properties every registered model has on both execution paths, for every reset mode. */
class NeuronPropertiesTest {

    static Stream<Arguments> models() {
        List<Arguments> out = new ArrayList<>();
        for (NeuronParameters p : Neurons.all()) {
            for (ResetMode reset : ResetMode.values()) {
                for (ExecutionPath path : ExecutionPath.values()) {
                    out.add(Arguments.of(p.withFiring(Firing.defaults().withReset(reset)), path));
                }
            }
        }
        return out.stream();
    }

    private static INDArray flat(Tensor t) {
        return t.value().dup('c');
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void zeroInputGivesNoSpikesAndKeepsTheRestingMembrane(NeuronParameters p, ExecutionPath path) {
        NeuronModel<?> model = p.build(1, DataType.DOUBLE);
        Tensor x = Tensor.constant(Nd4j.zeros(DataType.DOUBLE, 20, 2, 3));
        assertEquals(0.0, model.forwardSequence(x, null, path, Readout.SPIKES).output().value().sumNumber().doubleValue());
        INDArray h = model.forwardSequence(x, null, path, Readout.MEMBRANE).output().value();
        assertEquals(0.0, h.amaxNumber().doubleValue(), "membrane stays at vReset = 0");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void oneStepSequenceEqualsTheSingleStep(NeuronParameters p, ExecutionPath path) {
        NeuronModel<?> model = p.build(1, DataType.DOUBLE);
        INDArray x = RandomArrays.uniform(5, -0.5, 3.0, 1, 4, 3);
        Tensor step = Tensor.constant(x.reshape(4, 3));
        StepResult<?> single = model.step(step, null);
        Tensor spikes = model.forwardSequence(Tensor.constant(x), null, path, Readout.SPIKES).output();
        SequenceResult<?> membrane = model.forwardSequence(Tensor.constant(x), null, path, Readout.MEMBRANE);
        assertArrayEquals(flat(single.spikes()).data().asDouble(), flat(spikes).data().asDouble(), 0.0);
        assertArrayEquals(flat(single.membrane()).data().asDouble(), flat(membrane.output()).data().asDouble(), 1e-15);
        assertArrayEquals(flat(single.state().membrane()).data().asDouble(),
                flat(membrane.finalState().membrane()).data().asDouble(), 1e-15, "state after the step");
        assertFalse(single.spikes().value().sumNumber().doubleValue() == 0.0, "the input should make something fire");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void eachSampleOfABatchRunsAsIfAlone(NeuronParameters p, ExecutionPath path) {
        NeuronModel<?> model = p.build(1, DataType.DOUBLE);
        INDArray x = RandomArrays.uniform(6, -0.5, 2.0, 7, 3, 5);
        INDArray batch = model.forwardSequence(Tensor.constant(x), path == ExecutionPath.FUSED).value();
        for (int b = 0; b < 3; b++) {
            INDArray alone = x.get(NDArrayIndex.all(), NDArrayIndex.interval(b, b + 1), NDArrayIndex.all()).dup('c');
            INDArray out = model.forwardSequence(Tensor.constant(alone), path == ExecutionPath.FUSED).value();
            INDArray inBatch = batch.get(NDArrayIndex.all(), NDArrayIndex.interval(b, b + 1), NDArrayIndex.all());
            assertArrayEquals(inBatch.dup('c').data().asDouble(), out.dup('c').data().asDouble(), 0.0, "sample " + b);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    @SuppressWarnings("try")
    void continuingFromTheFinalStateEqualsOneLongSequence(NeuronParameters p, ExecutionPath path) {
        NeuronModel<?> model = p.build(1, DataType.DOUBLE);
        INDArray x = RandomArrays.uniform(8, -0.5, 2.0, 10, 2, 3);
        Tensor whole = model.forwardSequence(Tensor.constant(x), null, path, Readout.MEMBRANE).output();
        INDArray first = x.get(NDArrayIndex.interval(0, 4), NDArrayIndex.all(), NDArrayIndex.all()).dup('c');
        INDArray rest = x.get(NDArrayIndex.interval(4, 10), NDArrayIndex.all(), NDArrayIndex.all()).dup('c');
        Tensor tail;
        try (GradMode.Scope s = GradMode.noGrad()) {
            SequenceResult<?> a = model.forwardSequence(Tensor.constant(first), null, path, Readout.MEMBRANE);
            tail = continueFrom(model, rest, a.finalState(), path);
        }
        INDArray expected = whole.value().get(NDArrayIndex.interval(4, 10), NDArrayIndex.all(), NDArrayIndex.all());
        assertArrayEquals(expected.dup('c').data().asDouble(), tail.value().dup('c').data().asDouble(), 1e-13);
    }

    @SuppressWarnings("unchecked")
    private static <S extends NeuronState> Tensor continueFrom(NeuronModel<S> model, INDArray x, NeuronState state,
                                                              ExecutionPath path) {
        return model.forwardSequence(Tensor.constant(x), (S) state, path, Readout.MEMBRANE).output();
    }
}
