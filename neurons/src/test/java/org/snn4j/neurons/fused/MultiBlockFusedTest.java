package org.snn4j.neurons.fused;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.neurons.model.AlifParameters;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.LifParameters;
import org.snn4j.neurons.model.NeuronTensors;
import org.snn4j.neurons.model.Neurons;
import org.snn4j.neurons.model.NeuronModel;
import org.snn4j.neurons.model.NeuronParameters;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetMode;
import org.snn4j.neurons.surrogate.ATan;

/**
 * The kernel bodies over more neurons per sample than one block holds (3 channels × 700 = two
 * full blocks and a partial one, channel 1 straddling a block edge), where each block works on its
 * own slice of the per-neuron thresholds: the
 * float64 fused path gives the tape's spikes and input gradient, and the float32 path the same
 * spikes. The fused-vs-reference sweep covers the models and options on single-block shapes.
 */
class MultiBlockFusedTest {
    private static final long[] SHAPE = {4, 2, 3, 700};

    static Stream<NeuronParameters> models() {
        Firing f = new Firing(1.0, ResetMode.TO_VALUE, -0.1, false, new ATan(), true);
        return Stream.of(new LifParameters(3.0, 1.0, true, f), new AlifParameters(5.0, 20.0, 0.2, 1.0, f));
    }

    @ParameterizedTest
    @MethodSource("models")
    void fusedMatchesTheTapeAcrossBlocks(NeuronParameters p) {
        INDArray x = RandomArrays.uniform(5, -0.3, 2.0, SHAPE);
        INDArray r = RandomArrays.uniform(6, -1, 1, SHAPE);
        Run ref = Run.of(p, x, ExecutionPath.REFERENCE, r);
        Run fused = Run.of(p, x, ExecutionPath.FUSED, r);
        assertArrayEquals(ref.spikes, fused.spikes, 0.0, "spikes");
        for (int i = 0; i < ref.grad.length; i++) {
            double tol = 1e-9 * Math.max(Math.abs(ref.grad[i]), Math.abs(fused.grad[i])) + 1e-12;
            assertTrue(Math.abs(ref.grad[i] - fused.grad[i]) <= tol,
                    "∂L/∂x[" + i + "]: reference " + ref.grad[i] + " vs fused " + fused.grad[i]);
        }
        Run single = Run.of(p, x.castTo(DataType.FLOAT), ExecutionPath.FUSED, r.castTo(DataType.FLOAT));
        assertArrayEquals(fused.spikes, single.spikes, 0.0, "float32 spikes");
    }

    private record Run(double[] spikes, double[] grad) {
        static Run of(NeuronParameters p, INDArray input, ExecutionPath path, INDArray projection) {
            Tensor x = Tensor.variable(input.dup());
            NeuronModel<?, ?> model = Neurons.modelOf(p);
            Tensor theta = Tensor.variable(Nd4j.createFromArray(0.8, 1.3, 1.0).castTo(input.dataType()));
            NeuronTensors t = NeuronTensors.of(java.util.Map.of(NeuronTensors.THRESHOLD, theta), p.firing(),
                    input.dataType());
            Tensor out = model.run(x, null, p, t, path, Readout.SPIKES).output();
            out.backward(projection, false);
            return new Run(out.value().castTo(DataType.DOUBLE).dup('c').data().asDouble(),
                    x.grad().castTo(DataType.DOUBLE).dup('c').data().asDouble());
        }
    }
}
