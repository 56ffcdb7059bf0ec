package org.snn4j.neurons.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.LifStbpParameters;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.ResetMode;

/** Truncated BPTT: same values, gradients cut exactly at window boundaries, on both paths. */
class TruncatedBpttTest {
    private static final double BETA = 0.5;

    /** A leaky integrator (LIF membrane readout, no reset): h[t] = β·h[t−1] + x[t]. */
    private static NeuronLayer integrator(ExecutionPath path) {
        NeuronLayerSpec spec = new NeuronLayerSpec(new LifStbpParameters(1.0 / Math.log(1 / BETA), 1.0, Firing.defaults()))
                .withFiring(Firing.defaults().withReset(ResetMode.NONE)).withReadout(Readout.MEMBRANE).withPath(path);
        NeuronLayer l = spec.build(new SplittableRandom(0));
        l.castTo(DataType.DOUBLE);
        return l;
    }

    @ParameterizedTest
    @EnumSource(ExecutionPath.class)
    void theLastStepsGradientStopsAtItsWindow(ExecutionPath path) {
        // loss = h[5] with windows [0,2) [2,4) [4,6): ∂h[5]/∂x[t] = β^(5−t) for t ≥ 4, else 0
        NeuronLayer l = integrator(path);
        Tensor x = Tensor.variable(RandomArrays.uniform(1, -1, 1, 6, 1, 1));
        Tensor h = TruncatedBptt.forward(NetworkState.of(l), x, 2);
        assertEquals(l.forward(Tensor.constant(x.value())).value(), h.value(), "values are not truncated");
        INDArray seed = Nd4j.zeros(DataType.DOUBLE, 6, 1, 1);
        seed.putScalar(5, 1.0);
        h.backward(seed, false);
        assertEquals(List.of(0.0, 0.0, 0.0, 0.0, BETA, 1.0), list(x.grad()));
        Tensor full = Tensor.variable(x.value().dup());
        l.forward(full).backward(seed, false);
        assertEquals(List.of(0.03125, 0.0625, 0.125, 0.25, 0.5, 1.0), list(full.grad()));
    }

    @Test
    void fusedAndReferenceTruncationGiveTheSameGradients() {
        INDArray x = RandomArrays.uniform(2, 0, 1.5, 7, 3, 4);
        INDArray r = RandomArrays.uniform(3, -1, 1, 7, 3, 2);
        List<INDArray> grads = new ArrayList<>();
        for (ExecutionPath path : ExecutionPath.values()) {
            Module net = new SequentialSpec(new LinearSpec(4, 5), NeuronLayerSpec.of("lif-stbp").withPath(path), new LinearSpec(5, 2),
                    NeuronLayerSpec.of("plif").withPath(path)).build(new SplittableRandom(4));
            net.castTo(DataType.DOUBLE);
            Tensor in = Tensor.variable(x.dup());
            TruncatedBptt.forward(NetworkState.of(net), in, 3).backward(r, false);
            grads.add(in.grad());
            net.namedParameters().values().forEach(p -> grads.add(p.grad()));
        }
        int half = grads.size() / 2;
        for (int i = 0; i < half; i++) {
            NeuronLayerTest.assertClose(grads.get(half + i), grads.get(i), 1e-9, "gradient " + i);
        }
    }

    @Test
    void windowsAreHandedOutOneByOne() {
        NeuronLayer l = integrator(ExecutionPath.FUSED);
        List<Integer> starts = new ArrayList<>();
        List<Long> lengths = new ArrayList<>();
        TruncatedBptt.windows(NetworkState.of(l), Tensor.constant(Nd4j.ones(DataType.DOUBLE, 7, 1, 1)), 3,
                (out, start) -> {
                    starts.add(start);
                    lengths.add(out.size(0));
                });
        assertEquals(List.of(0, 3, 6), starts);
        assertEquals(List.of(3L, 3L, 1L), lengths);
        assertThrows(IllegalArgumentException.class,
                () -> TruncatedBptt.forward(NetworkState.of(l), Tensor.constant(Nd4j.ones(DataType.DOUBLE, 2, 1, 1)), 0));
    }

    @Test
    void steppedTruncationDetachesEveryWindowSteps() {
        NeuronLayer l = integrator(ExecutionPath.REFERENCE);
        NetworkState s = NetworkState.of(l);
        Tensor[] x = new Tensor[6];
        Tensor last = null;
        for (int t = 0; t < 6; t++) {
            x[t] = Tensor.variable(Nd4j.valueArrayOf(new long[] {1, 1}, 0.1 * t, DataType.DOUBLE));
            last = TruncatedBptt.step(s, x[t], 4);
        }
        last.sum().backward();
        List<Double> g = new ArrayList<>();
        for (Tensor t : x) {
            g.add(t.grad() == null ? 0.0 : t.grad().getDouble(0));
        }
        assertEquals(List.of(0.0, 0.0, 0.0, 0.0, BETA, 1.0), g);
    }

    private static List<Double> list(INDArray a) {
        List<Double> out = new ArrayList<>();
        for (double v : a.dup('c').data().asDouble()) {
            out.add(Math.round(v * 1e12) / 1e12);
        }
        return out;
    }
}
