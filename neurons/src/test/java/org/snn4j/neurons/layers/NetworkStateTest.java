package org.snn4j.neurons.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.ops.Joining;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;

/** Streaming through a per-network state equals running the whole sequence. */
class NetworkStateTest {
    private static final int T = 6;

    /** Linear → PLIF → shared dropout → Linear → recurrent LIF → BNTT → Linear → ALIF membrane. */
    private static Module network(ExecutionPath path) {
        LayerSpec spec = new SequentialSpec(new LinearSpec(4, 6), NeuronLayerSpec.of("plif").withPath(path),
                new SharedDropoutSpec(0.3), new LinearSpec(6, 5), new RecurrentLifSpec(5), new BnttSpec(5, T),
                new LinearSpec(5, 3), NeuronLayerSpec.of("alif").withPath(path).withReadout(Readout.MEMBRANE));
        Module m = spec.build(new SplittableRandom(9));
        m.castTo(DataType.DOUBLE);
        return m;
    }

    private static INDArray input(long seed) {
        return RandomArrays.uniform(seed, 0, 2, T, 3, 4);
    }

    @Test
    void steppingEqualsTheSequenceValuesAndGradients() {
        Module net = network(ExecutionPath.REFERENCE);
        INDArray x = input(1);
        INDArray r = RandomArrays.uniform(2, -1, 1, T, 3, 3);
        net.reseed(5);
        Tensor whole = Tensor.variable(x.dup());
        Tensor y = net.forward(whole);
        assertTrue(y.value().neq(0).any(), "the network produces a non-trivial output");
        y.backward(r, false);
        net.reseed(5);
        NetworkState s = NetworkState.of(net);
        Tensor[] steps = new Tensor[T];
        Tensor[] outs = new Tensor[T];
        for (int t = 0; t < T; t++) {
            steps[t] = Tensor.variable(x.slice(t).dup());
            outs[t] = s.step(steps[t]);
        }
        Tensor stepped = Joining.stack(0, outs);
        assertEquals(y.value(), stepped.value());
        assertEquals(T, s.steps());
        stepped.backward(r, false);
        for (int t = 0; t < T; t++) {
            NeuronLayerTest.assertClose(whole.grad().slice(t), steps[t].grad(), 1e-12, "input gradient at step " + t);
        }
    }

    @Test
    void fusedChunksContinueTheStateExactly() {
        Module net = network(ExecutionPath.FUSED);
        INDArray x = input(3);
        net.reseed(5);
        INDArray whole = net.forward(Tensor.constant(x)).value();
        net.reseed(5);
        NetworkState s = NetworkState.of(net);
        INDArray a = s.forward(Tensor.constant(x.get(NDArrayIndex.interval(0, 4)).dup())).value();
        INDArray b = s.forward(Tensor.constant(x.get(NDArrayIndex.interval(4, T)).dup())).value();
        assertEquals(whole, Nd4j.concat(0, a, b));
    }

    @Test
    void resetStartsFromRestAndStatesAreIndependent() {
        Module net = network(ExecutionPath.FUSED);
        net.eval();
        INDArray x1 = input(4);
        INDArray x2 = input(5);
        INDArray y1 = net.forward(Tensor.constant(x1)).value();
        INDArray y2 = net.forward(Tensor.constant(x2)).value();
        NetworkState a = NetworkState.of(net);
        NetworkState b = NetworkState.of(net);
        for (int t = 0; t < T; t++) {
            assertEquals(y1.slice(t), a.step(Tensor.constant(x1.slice(t).dup())).value(), "stream a, step " + t);
            assertEquals(y2.slice(t), b.step(Tensor.constant(x2.slice(t).dup())).value(), "stream b, step " + t);
        }
        a.reset();
        assertEquals(0, a.steps());
        assertEquals(y2.slice(0), a.step(Tensor.constant(x2.slice(0).dup())).value());
    }

    @Test
    void aStatefulLayerHiddenInAnOpaqueContainerIsAClearError() {
        Module opaque = new Module() {
            private final Module inner = registerModule("lif", NeuronLayerSpec.of("lif-stbp").build(new SplittableRandom(1)));

            @Override
            public Tensor forward(Tensor input) {
                return inner.forward(input);
            }

            @Override
            public LayerSpec spec() {
                return NeuronLayerSpec.of("lif-stbp");
            }
        };
        NetworkState s = NetworkState.of(opaque);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.step(Tensor.constant(input(1).slice(0).castTo(DataType.FLOAT))));
        assertTrue(e.getMessage().contains("'lif'"), e.getMessage());
    }
}
