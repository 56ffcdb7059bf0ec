package org.snn4j.neurons.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.optim.Optimizer;
import org.snn4j.autograd.optim.Sgd;
import org.snn4j.autograd.optim.SgdSpec;
import org.snn4j.neurons.layers.NeuronLayerSpec;

/** The learner writes −Δw into the gradient slot, so the optimiser applies the rule; mixing with surrogate gradients. */
class StdpOptimiserTest {

    @Test
    void sgdWithLearningRateOneAppliesThePlainRuleWithinTheHardBounds() {
        Linear l = StdpEquivalenceTest.linear(5, 4);
        INDArray before = l.weight().value().dup();
        INDArray pre = StdpEquivalenceTest.spikes(7, 0.5, 10, 2, 5);
        INDArray post = StdpEquivalenceTest.spikes(8, 0.5, 10, 2, 4);
        AdditiveHardBound bounds = new AdditiveHardBound(-0.2, 0.2);
        INDArray dw = new StdpLearner(new TraceStdp(new StdpWindow(0.5, -0.3, 5, 5), bounds), l, 1).sequence(pre, post);
        Optimizer sgd = new Sgd(Optimizer.indexed(l.parameters()), new SgdSpec(1.0));
        sgd.step();
        assertEquals(0, l.weight().value().sub(before.add(dw)).amaxNumber().doubleValue(), 1e-12);
        assertEquals(0.2, l.weight().value().maxNumber().doubleValue(), 1e-12, "hard upper bound reached");
        assertTrue(l.weight().value().minNumber().doubleValue() >= -0.2, "within the lower bound");
    }

    @Test
    void stdpLayerAndSurrogateGradientReadoutTrainInOneStep() {
        SplittableRandom rng = new SplittableRandom(11);
        Linear hidden = new Linear(new LinearSpec(4, 6, false), rng);
        Module lif = NeuronLayerSpec.of("lif").build(rng);
        Linear readout = new Linear(new LinearSpec(6, 3), rng);
        for (Module m : List.of(hidden, lif, readout)) {
            m.castTo(DataType.DOUBLE);
        }
        hidden.weight().value().muli(4);
        INDArray x = StdpEquivalenceTest.spikes(9, 0.6, 8, 2, 4).castTo(DataType.DOUBLE);
        Tensor spikes = lif.forward(hidden.forward(Tensor.constant(x)));
        Tensor out = readout.forward(spikes.detach());
        out.backward(RandomArrays.uniform(3, -1, 1, 8, 2, 3), false);
        INDArray readoutGrad = readout.weight().grad().dup();
        INDArray readoutBefore = readout.weight().value().dup();
        INDArray hiddenBefore = hidden.weight().value().dup();
        StdpLearner stdp = new StdpLearner(new TraceStdp(new StdpWindow(0.01, -0.012, 20, 20),
                new MultiplicativeSoftBound(-1, 1)), hidden, 1);
        INDArray dw = stdp.sequence(x, spikes.value());
        assertNotNull(hidden.weight().grad());
        List<org.snn4j.autograd.nn.Parameter> params = new java.util.ArrayList<>(hidden.parameters());
        params.addAll(readout.parameters());
        new Sgd(Optimizer.indexed(params), new SgdSpec(0.5)).step();
        assertEquals(0, hidden.weight().value().sub(hiddenBefore.add(dw.mul(0.5))).amaxNumber().doubleValue(), 1e-12);
        assertEquals(0, readout.weight().value().sub(readoutBefore.sub(readoutGrad.mul(0.5))).amaxNumber().doubleValue(), 1e-12);
        assertEquals(true, dw.amaxNumber().doubleValue() > 0, "the hidden layer spiked and learned");
    }

    @Test
    void badUseSaysWhatToDo() {
        Linear l = StdpEquivalenceTest.linear(2, 2);
        StdpWindow w = new StdpWindow(1, -1, 1, 1);
        AdditiveHardBound b = new AdditiveHardBound(0, 1);
        INDArray s = StdpEquivalenceTest.spikes(1, 0.5, 2, 2);
        assertEquals("STDP applies to Linear and Conv2d layers, got ReLU",
                assertThrows(IllegalArgumentException.class, () -> new StdpLearner(new TraceStdp(w, b),
                        new ReLUSpec().build(new SplittableRandom(1)), 1)).getMessage());
        StdpLearner pair = new StdpLearner(new PairStdp(w, b), l, 1);
        assertThrows(IllegalArgumentException.class, () -> pair.step(s, s), "a pair rule needs whole trains");
        StdpLearner reward = new StdpLearner(new RewardStdp(new TraceStdp(w, b), 100), l, 1);
        assertThrows(IllegalArgumentException.class, () -> reward.step(s, s));
        assertThrows(IllegalArgumentException.class, () -> new RewardStdp(new PairStdp(w, b), 100));
        assertThrows(IllegalArgumentException.class, () -> new StdpWindow(1, -1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new MultiplicativeSoftBound(1, 0));
    }
}
