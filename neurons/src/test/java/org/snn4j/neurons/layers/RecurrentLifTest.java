package org.snn4j.neurons.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.LifStbpParameters;

/** The recurrent LIF layer: a hand-worked trajectory, zero input, streaming, gradients. */
class RecurrentLifTest {

    /** β = 0.5, θ = 1, reset to 0. */
    private static RecurrentLif layer(double[][] weight) {
        NeuronLayerSpec halfDecay = new NeuronLayerSpec(new LifStbpParameters(1.0 / Math.log(2.0), 1.0, Firing.defaults()));
        RecurrentLif l = new RecurrentLifSpec(2, halfDecay).build(new SplittableRandom(0));
        l.weight().assign(Nd4j.createFromArray(weight).castTo(DataType.FLOAT));
        return l;
    }

    private static INDArray input() {
        // neuron 0: 0.3 every step; neuron 1: 1.2 at t = 0 only
        return Nd4j.createFromArray(new float[][][] {{{0.3f, 1.2f}}, {{0.3f, 0f}}, {{0.3f, 0f}}});
    }

    @Test
    void recurrentSpikesDriveTheNextStep() {
        // t0: h = (0.3, 1.2) → s = (0, 1);  t1: I0 = 0.3 + 0.8·1, h0 = 0.5·0.3 + 1.1 = 1.25 → s = (1, 0)
        // t2: h0 = 0 + 0.3 → s = (0, 0).  Without recurrence neuron 0 never fires (0.3, 0.45, 0.525).
        INDArray s = layer(new double[][] {{0, 0.8}, {0, 0}}).forward(Tensor.constant(input())).value();
        assertArrayEquals(new float[] {0, 1, 1, 0, 0, 0}, s.data().asFloat());
        INDArray none = layer(new double[][] {{0, 0}, {0, 0}}).forward(Tensor.constant(input())).value();
        assertArrayEquals(new float[] {0, 1, 0, 0, 0, 0}, none.data().asFloat());
    }

    @Test
    void zeroInputGivesNoSpikes() {
        RecurrentLif l = new RecurrentLifSpec(8).build(new SplittableRandom(3));
        assertEquals(0.0, l.forward(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 5, 2, 8))).value().sumNumber().doubleValue());
    }

    @Test
    void streamingEqualsTheSequenceAndGradientsReachTheRecurrentWeight() {
        RecurrentLif l = layer(new double[][] {{0, 0.8}, {0.5, 0}});
        INDArray whole = l.forward(Tensor.constant(input())).value();
        NetworkState s = NetworkState.of(l);
        for (int t = 0; t < 3; t++) {
            assertEquals(whole.slice(t), s.step(Tensor.constant(input().slice(t).dup())).value(), "step " + t);
        }
        l.forward(Tensor.constant(input())).sum().backward();
        assertTrue(l.weight().grad().getDouble(0, 1) != 0, "W_rec[0,1] carried a spike, so it gets a gradient");
    }

    @Test
    void specRejectsAMembraneReadoutAndWrongChannels() {
        assertThrows(IllegalArgumentException.class,
                () -> new RecurrentLifSpec(4, NeuronLayerSpec.of("lif-stbp").withReadout(Readout.MEMBRANE)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RecurrentLifSpec(4, NeuronLayerSpec.of("lif-stbp").withChannels(3)));
        assertTrue(e.getMessage().contains("channels"), e.getMessage());
    }
}
