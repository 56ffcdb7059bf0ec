package org.snn4j.neurons.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.optim.Adam;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.layers.NetworkState;

/** The trainable conv + BN + neuron encoder. */
class LearnableEncoderTest {

    private static LearnableEncoder encoder(int steps) {
        return new LearnableEncoderSpec(steps, new Conv2dSpec(1, 3, 3, 1, 1, 1, false), true, NeuronLayerSpec.of("lif-stbp"))
                .build(new SplittableRandom(1));
    }

    private static INDArray images() {
        return RandomArrays.uniform(2, 0, 1, 4, 1, 5, 5).castTo(DataType.FLOAT);
    }

    @Test
    void anImageBecomesTStepsOfSpikes() {
        Tensor s = encoder(6).forward(Tensor.constant(images()));
        assertArrayEquals(new long[] {6, 4, 3, 5, 5}, s.shape());
        INDArray v = s.value();
        assertEquals(v.length(), v.eq(0).castTo(DataType.INT32).sumNumber().longValue()
                + v.eq(1).castTo(DataType.INT32).sumNumber().longValue(), "binary spikes");
        assertTrue(v.sumNumber().doubleValue() > 0, "BN puts about half of the map above threshold");
    }

    @Test
    void aStaticImageEqualsTheSameFramesRepeated() {
        LearnableEncoder e = encoder(4);
        e.eval();
        INDArray image = images();
        INDArray once = e.forward(Tensor.constant(image)).value();
        INDArray frames = DirectEncoder.repeat(Tensor.constant(image), 4).value();
        assertEquals(once, e.forward(Tensor.constant(frames)).value());
        NetworkState s = NetworkState.of(e);
        for (int t = 0; t < 4; t++) {
            assertEquals(once.slice(t), s.step(Tensor.constant(image)).value(), "step " + t);
        }
    }

    @Test
    void itTrainsEndToEnd() {
        // push the encoder's spike count towards 30 % of the map: the loss must fall
        LearnableEncoder e = encoder(4);
        Adam adam = new AdamSpec(0.05).build(e.namedParameters());
        Tensor x = Tensor.constant(images());
        double first = 0;
        double last = 0;
        for (int i = 0; i < 15; i++) {
            adam.zeroGrad();
            Tensor rate = e.forward(x).mean();
            Tensor loss = rate.sub(0.3).mul(rate.sub(0.3));
            loss.backward();
            adam.step();
            first = i == 0 ? loss.item() : first;
            last = loss.item();
        }
        assertTrue(e.namedParameters().containsKey("conv.weight"));
        assertTrue(last < first * 0.5, "loss " + first + " → " + last);
    }

    @Test
    void wrongRankIsAClearError() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> encoder(2).forward(Tensor.constant(RandomArrays.uniform(1, 0, 1, 5, 5))));
        assertTrue(ex.getMessage().contains("[B, C, H, W]"), ex.getMessage());
    }
}
