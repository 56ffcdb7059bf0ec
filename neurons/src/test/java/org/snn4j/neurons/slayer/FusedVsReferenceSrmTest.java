package org.snn4j.neurons.slayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.temporal.FilterMethod;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.NeuronTensors;

/**
 * The fused SRM node gives the reference path's (the model's step unrolled on the tape) spikes exactly and its input gradient to 1e-5
 * relative error (float64), for every filter method, both density variants and two sampling times.
 */
class FusedVsReferenceSrmTest {
    private static final long[] SHAPE = {60, 3, 2, 5};   // [T, B, C, N]: 30 columns

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        SrmParameters[] neurons = {
            SrmParameters.defaults(),                                  // K = 77 > T: filter sees the first 60 taps
            new SrmParameters(10, 3, 1, 2, 0.1, 0.25, 1, 300),         // the N-MNIST recipe's density
            new SrmParameters(5, 4, 2, 1, 1, 1, 0.5, 300),             // Ts = 0.5 ms
        };
        for (SrmParameters p : neurons) {
            for (PdfVariant v : PdfVariant.values()) {
                for (FilterMethod m : new FilterMethod[] {FilterMethod.DIRECT, FilterMethod.FFT, FilterMethod.RECURSIVE}) {
                    out.add(Arguments.of(p.withPdf(v), m));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void equalSpikesAndGradients(SrmParameters p, FilterMethod method) {
        INDArray drive = RandomArrays.uniform(11, -1.0, 3.0, SHAPE).muli(p.theta() / 10.0);
        INDArray seed = RandomArrays.uniform(12, -1.0, 1.0, SHAPE);

        Tensor aRef = Tensor.variable(drive.dup());
        Tensor sRef = new SrmNeuron().sequence(aRef, null, p, NeuronTensors.of(Map.of(), p.firing(), DataType.DOUBLE),
                ExecutionPath.REFERENCE, Readout.SPIKES).output();
        sRef.backward(seed, false);

        Tensor aFused = Tensor.variable(drive.dup());
        Tensor sFused = FusedSrm.apply(aFused, p, method);
        sFused.backward(seed, false);

        double spikes = sRef.value().sumNumber().doubleValue();
        assertTrue(spikes > 20 && spikes < 0.8 * sRef.value().length(), "spike count " + spikes + " is not informative");
        assertEquals(0.0, sRef.value().sub(sFused.value()).amaxNumber().doubleValue(), 0.0, "spikes differ");
        INDArray gr = aRef.grad();
        INDArray gf = aFused.grad();
        double rel = gr.sub(gf).norm2Number().doubleValue() / gr.norm2Number().doubleValue();
        assertTrue(rel < 1e-5, "relative gradient error " + rel);
        assertTrue(gr.norm2Number().doubleValue() > 0, "zero gradient");
    }

    /** In float32 the fused node keeps its type and matches the float64 result to float precision. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void float32FollowsFloat64(SrmParameters p, FilterMethod method) {
        INDArray drive = RandomArrays.uniform(13, -1.0, 3.0, SHAPE).muli(p.theta() / 10.0);
        INDArray seed = RandomArrays.uniform(14, -1.0, 1.0, SHAPE);
        Tensor a64 = Tensor.variable(drive.dup());
        Tensor s64 = FusedSrm.apply(a64, p, method);
        s64.backward(seed, false);
        Tensor a32 = Tensor.variable(drive.castTo(DataType.FLOAT));
        Tensor s32 = FusedSrm.apply(a32, p, method);
        s32.backward(seed.castTo(DataType.FLOAT), false);
        assertEquals(DataType.FLOAT, s32.dataType());
        assertEquals(DataType.FLOAT, a32.grad().dataType());
        assertEquals(0.0, s64.value().sub(s32.value().castTo(DataType.DOUBLE)).amaxNumber().doubleValue(), 0.0);
        INDArray g64 = a64.grad();
        double rel = g64.sub(a32.grad().castTo(DataType.DOUBLE)).norm2Number().doubleValue()
                / g64.norm2Number().doubleValue();
        assertTrue(rel < 1e-5, "relative float32 gradient error " + rel);
    }
}
