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
        List<Firing> firings = new ArrayList<>();
        for (ResetMode reset : ResetMode.values()) {
            firings.add(Firing.defaults().withReset(reset));
        }
        List<Arguments> out = new ArrayList<>();
        for (NeuronModel<?, ?> m : Neurons.all()) {
            NeuronParameters p = m.defaults();
            for (Firing f : ModelCase.firings(p, firings)) {
                for (ExecutionPath path : ExecutionPath.values()) {
                    out.add(Arguments.of(p.withFiring(f), path));
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
        ModelCase model = ModelCase.of(p, 1, DataType.DOUBLE);
        Tensor x = Tensor.constant(Nd4j.zeros(DataType.DOUBLE, 20, 2, 3));
        assertEquals(0.0, model.run(x, null, path, Readout.SPIKES).output().value().sumNumber().doubleValue());
        INDArray h = model.run(x, null, path, Readout.MEMBRANE).output().value();
        assertEquals(0.0, h.amaxNumber().doubleValue(), "membrane stays at vReset = 0");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void oneStepSequenceEqualsTheSingleStep(NeuronParameters p, ExecutionPath path) {
        ModelCase model = ModelCase.of(p, 1, DataType.DOUBLE);
        INDArray x = RandomArrays.uniform(5, -0.5, 3.0, 1, 4, 3);
        Tensor step = Tensor.constant(x.reshape(4, 3));
        StepResult<?> single = step(model, step);
        Tensor spikes = model.run(Tensor.constant(x), null, path, Readout.SPIKES).output();
        SequenceResult<?> membrane = model.run(Tensor.constant(x), null, path, Readout.MEMBRANE);
        assertArrayEquals(flat(single.spikes()).data().asDouble(), flat(spikes).data().asDouble(), 0.0);
        assertArrayEquals(flat(single.membrane()).data().asDouble(), flat(membrane.output()).data().asDouble(), 1e-15);
        assertArrayEquals(flat(single.state().membrane()).data().asDouble(),
                flat(membrane.finalState().membrane()).data().asDouble(), 1e-15, "state after the step");
        if (ModelCase.firesInTheInputStep(p)) {
            assertFalse(single.spikes().value().sumNumber().doubleValue() == 0.0, "the input should make something fire");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void eachSampleOfABatchRunsAsIfAlone(NeuronParameters p, ExecutionPath path) {
        ModelCase model = ModelCase.of(p, 1, DataType.DOUBLE);
        INDArray x = RandomArrays.uniform(6, -0.5, 2.0, 7, 3, 5);
        INDArray batch = model.run(Tensor.constant(x), null, path, Readout.SPIKES).output().value();
        for (int b = 0; b < 3; b++) {
            INDArray alone = x.get(NDArrayIndex.all(), NDArrayIndex.interval(b, b + 1), NDArrayIndex.all()).dup('c');
            INDArray out = model.run(Tensor.constant(alone), null, path, Readout.SPIKES).output().value();
            INDArray inBatch = batch.get(NDArrayIndex.all(), NDArrayIndex.interval(b, b + 1), NDArrayIndex.all());
            assertArrayEquals(inBatch.dup('c').data().asDouble(), out.dup('c').data().asDouble(), 0.0, "sample " + b);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    @SuppressWarnings("try")
    void continuingFromTheFinalStateEqualsOneLongSequence(NeuronParameters p, ExecutionPath path) {
        ModelCase model = ModelCase.of(p, 1, DataType.DOUBLE);
        INDArray x = RandomArrays.uniform(8, -0.5, 2.0, 10, 2, 3);
        Tensor whole = model.run(Tensor.constant(x), null, path, Readout.MEMBRANE).output();
        INDArray first = x.get(NDArrayIndex.interval(0, 4), NDArrayIndex.all(), NDArrayIndex.all()).dup('c');
        INDArray rest = x.get(NDArrayIndex.interval(4, 10), NDArrayIndex.all(), NDArrayIndex.all()).dup('c');
        Tensor tail;
        try (GradMode.Scope s = GradMode.noGrad()) {
            SequenceResult<NeuronState> a = model.run(Tensor.constant(first), null, path, Readout.MEMBRANE);
            tail = model.run(Tensor.constant(rest), a.finalState(), path, Readout.MEMBRANE).output();
        }
        INDArray expected = whole.value().get(NDArrayIndex.interval(4, 10), NDArrayIndex.all(), NDArrayIndex.all());
        assertArrayEquals(expected.dup('c').data().asDouble(), tail.value().dup('c').data().asDouble(), 1e-13);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static StepResult<?> step(ModelCase c, Tensor x) {
        return ((NeuronModel) c.model()).step(x, null, c.p(), c.tensors());
    }
}
