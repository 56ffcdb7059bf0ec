package org.snn4j.neurons.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.neurons.model.Readout;

/** The MLP and CNN shape builders. */
class SnnBuildersTest {

    @Test
    void mlpAlternatesLinearAndNeuronLayers() {
        SequentialSpec s = SnnMlp.spec(NeuronLayerSpec.of("lif-stbp"), 784, 800, 10);
        assertEquals(4, s.layers().size());
        assertEquals(new LinearSpec(784, 800), s.layers().get(0));
        assertEquals(NeuronLayerSpec.of("lif-stbp"), s.layers().get(1));
        assertEquals(new LinearSpec(800, 10), s.layers().get(2));
        Module m = s.build(new SplittableRandom(1));
        assertEquals(784L * 800 + 800 + 800L * 10 + 10, m.parameterCount());
        assertArrayEquals(new long[] {5, 2, 10}, m.forward(Tensor.constant(Nd4j.ones(DataType.FLOAT, 5, 2, 784))).shape());
        assertEquals(s, LayerJson.fromJson(LayerJson.toJson(s)));
    }

    @Test
    void mlpWithDropoutAndAMembraneReadout() {
        SequentialSpec s = SnnMlp.spec(NeuronLayerSpec.of("lif-stbp"), NeuronLayerSpec.of("lif-stbp").withReadout(Readout.MEMBRANE), 0.2, 10, 8, 6, 3);
        assertEquals(8, s.layers().size());
        assertEquals(new SharedDropoutSpec(0.2), s.layers().get(2));
        assertEquals(Readout.MEMBRANE, ((NeuronLayerSpec) s.layers().get(7)).readout());
        assertThrows(IllegalArgumentException.class, () -> SnnMlp.spec(NeuronLayerSpec.of("lif-stbp"), 10));
    }

    @Test
    void convNetHalvesTheMapPerStage() {
        SequentialSpec s = SnnConvNet.spec(1, 28, 28, new int[] {4, 8}, new int[] {16}, 10, NeuronLayerSpec.of("lif-stbp"), NeuronLayerSpec.of("lif-stbp"));
        Module m = s.build(new SplittableRandom(2));
        Tensor y = m.forward(Tensor.constant(Nd4j.rand(DataType.FLOAT, 3, 2, 1, 28, 28)));
        assertArrayEquals(new long[] {3, 2, 10}, y.shape());
        assertEquals(new LinearSpec(8 * 7 * 7, 16), s.layers().get(9));
        assertEquals(s, LayerJson.fromJson(LayerJson.toJson(s)));
        assertThrows(IllegalArgumentException.class,
                () -> SnnConvNet.spec(1, 2, 2, new int[] {4, 4}, new int[0], 10, NeuronLayerSpec.of("lif-stbp"), NeuronLayerSpec.of("lif-stbp")));
    }
}
