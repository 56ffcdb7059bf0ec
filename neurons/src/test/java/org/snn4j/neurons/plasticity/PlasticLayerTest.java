package org.snn4j.neurons.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.neurons.layers.NeuronLayerSpec;

/** A "plastic" layer in a sequential model: STDP on its weight, surrogate gradients elsewhere. */
class PlasticLayerTest {
    static final PlasticityRule RULE = new TraceStdp(new StdpWindow(0.01, -0.012, 20, 20), new AdditiveHardBound(-2, 2));

    static LayerSpec model() {
        return new SequentialSpec(new PlasticLayerSpec(new LinearSpec(4, 6, false), NeuronLayerSpec.of("lif"), RULE, 1.0),
                new LinearSpec(6, 3));
    }

    static Module child(Module m, int i) {
        return new java.util.ArrayList<>(m.namedChildren().values()).get(i);
    }

    @Test
    void jsonRoundTripUnderThePlasticType() {
        String json = LayerJson.toJson(model());
        assertTrue(json.contains("\"type\" : \"plastic\"") && json.contains("\"type\" : \"stdp-trace\""), json);
        assertEquals(model(), LayerJson.fromJson(json));
    }

    @Test
    void stdpWritesTheWeightGradientAndTheReadoutLearnsByBackprop() {
        Module net = model().build(new SplittableRandom(2));
        net.castTo(DataType.DOUBLE);
        PlasticLayer plastic = (PlasticLayer) child(net, 0);
        Linear synapse = (Linear) child(plastic, 0);
        synapse.weight().value().muli(4);
        INDArray x = StdpEquivalenceTest.spikes(9, 0.6, 8, 2, 4).castTo(DataType.DOUBLE);
        Tensor in = Tensor.variable(x);
        Tensor out = net.forward(in);
        out.backward(RandomArrays.uniform(3, -1, 1, 8, 2, 3), false);
        Tensor post = child(plastic, 1).forward(Tensor.constant(
                x.reshape(16, 4).mmul(synapse.weight().value().transpose()).reshape(8, 2, 6)));
        Linear copy = new Linear(new LinearSpec(4, 6, false), new SplittableRandom(1));
        copy.castTo(DataType.DOUBLE);
        copy.weight().assign(synapse.weight().value());
        INDArray dw = new StdpLearner(RULE, copy, 1.0).sequence(x, post.value());
        assertTrue(dw.amaxNumber().doubleValue() > 0, "the plastic layer spiked");
        assertEquals(0, synapse.weight().grad().add(dw).amaxNumber().doubleValue(), 1e-12, "only −Δw, no backprop");
        assertNotNull(((Linear) child(net, 1)).weight().grad(), "the readout learns by gradient");
        assertNotNull(in.grad(), "gradients still reach the input");
    }

    @Test
    void evaluationDoesNotLearnAndBiasIsRejected() {
        Module net = model().build(new SplittableRandom(2));
        net.train(false);
        net.forward(Tensor.constant(StdpEquivalenceTest.spikes(9, 0.6, 8, 2, 4)));
        assertNull(((Linear) child(child(net, 0), 0)).weight().grad());
        assertThrows(IllegalArgumentException.class, () -> new PlasticLayerSpec(new LinearSpec(4, 6), NeuronLayerSpec.of("lif"),
                RULE, 1.0));
    }
}
