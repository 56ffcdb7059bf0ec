package org.snn4j.conversion.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.conversion.network.DenseOp;
import org.snn4j.conversion.network.Stage;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.IfParameters;
import org.snn4j.neurons.model.IfNeuron;
import org.snn4j.neurons.model.NeuronTensors;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetMode;
import org.snn4j.neurons.surrogate.ATan;

/**
 * The simulator's per-step neuron update ({@link LayerState#step}) equals the neurons module's IF
 * model on its reference path (the step unrolled on the tape): the same spikes at every step and
 * the same final membrane, bit for bit, for both resets, with one threshold per channel and more
 * neurons per sample than one kernel block holds.
 */
class IfStepMatchesNeuronsTest {
    private static final int T = 6;
    private static final int B = 3;
    private static final int C = 2;
    private static final int PER = 600;
    private static final double[] THETA = {0.9, 1.3};

    @ParameterizedTest
    @EnumSource(value = ResetMode.class, names = {"SUBTRACT", "TO_VALUE"})
    void simulatorStepEqualsTheIfReferencePath(ResetMode reset) {
        INDArray x = RandomArrays.uniform(7, -0.4, 1.2, T, B, C, PER);
        IfParameters p = new IfParameters(new Firing(1.0, reset, 0.0, false, new ATan(), true));
        NeuronTensors t0 = NeuronTensors.of(Map.of(NeuronTensors.THRESHOLD, Tensor.constant(Nd4j.createFromArray(THETA))),
                p.firing(), DataType.DOUBLE);
        var tape = new IfNeuron().sequence(Tensor.constant(x), null, p, t0, ExecutionPath.REFERENCE, Readout.SPIKES);
        INDArray spikes = tape.output().value();

        int n = C * PER;
        Stage stage = new Stage("dense", List.of(new DenseOp(Nd4j.eye(n).castTo(DataType.DOUBLE), null)), true,
                List.of(0));
        LayerState layer = new LayerState(stage, B, new long[] {n}, new long[] {C, PER}, THETA, false, DataType.DOUBLE,
                false, null, reset, Readout.SPIKES);
        double fired = 0;
        for (int t = 0; t < T; t++) {
            double[] z = x.get(NDArrayIndex.point(t)).dup('c').data().asDouble();
            INDArray out = layer.step(z);
            double[] expected = spikes.get(NDArrayIndex.point(t)).dup('c').data().asDouble();
            assertArrayEquals(expected, out.dup('c').data().asDouble(), 0.0, "spikes at t = " + t);
            fired += out.sumNumber().doubleValue();
        }
        INDArray membrane = tape.finalState().membrane().value();
        assertArrayEquals(membrane.dup('c').data().asDouble(), layer.membrane().dup('c').data().asDouble(), 0.0,
                "membrane after T steps");
        double rate = fired / (T * B * n);
        assertTrue(rate > 0.1 && rate < 0.9, "the input should make some neurons fire, rate " + rate);
    }
}
