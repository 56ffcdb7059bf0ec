package org.snn4j.neurons.slayer.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.autograd.nn.Module;
import org.snn4j.neurons.slayer.PdfVariant;
import org.snn4j.neurons.slayer.SrmParameters;

/** Shapes, initialisation, JSON names and the SLAYER-specific behaviour of each layer. */
class SlayerLayersTest {
    private static final SrmParameters NEURON = SrmParameters.defaults();

    @BeforeAll
    static void registerNames() {
        SlayerLayerTypes.register();
    }

    static Stream<LayerSpec> specs() {
        return Stream.of(new SlayerSrmSpec(NEURON.withPdf(PdfVariant.LAVA_DL)), new SlayerDenseSpec(20, 7, NEURON),
                new SlayerConvSpec(2, 4, 3, 2, 1, 1, 50.0, NEURON), new SlayerPoolSpec(2, NEURON),
                SlayerDelaySpec.learnable(5, 1.0),
                SlayerDelaySpec.fixed(5, 2.0, 1.0));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void jsonRoundTripUsesTheRegisteredName(LayerSpec spec) {
        String json = LayerJson.toJson(spec);
        String name = LayerTypes.REGISTRY.nameOf(spec.getClass());
        assertTrue(name.startsWith("slayer-") && json.contains("\"type\" : \"" + name + "\""), json);
        assertEquals(spec, LayerJson.fromJson(json));
    }

    @Test
    void registryNamesAreStable() {
        assertEquals(List.of("slayer-srm", "slayer-dense", "slayer-conv", "slayer-pool", "slayer-delay",
                "slayer-flatten"), List.copyOf(new SlayerLayerTypes().entries().keySet()));
        assertEquals(Map.of("slayer-dropout", "shared-dropout"), new SlayerLayerTypes().aliases());
        assertSame(SlayerDenseSpec.class, LayerTypes.REGISTRY.get("slayer-dense"));
    }

    @Test
    void denseWeightsAreScaledPytorchDefaultsAndSeeded() {
        SlayerDense a = new SlayerDenseSpec(400, 30, 20.0, NEURON).build(new SplittableRandom(3));
        SlayerDense b = new SlayerDenseSpec(400, 30, 20.0, NEURON).build(new SplittableRandom(3));
        double bound = 20.0 / Math.sqrt(400);                       // = 1
        double max = a.weight().value().amaxNumber().doubleValue();
        assertTrue(max <= bound && max > 0.99 * bound, "max |w| " + max);
        assertEquals(a.weight().value(), b.weight().value());
        assertEquals(List.of("weight"), List.copyOf(a.namedParameters().keySet()));
    }

    @Test
    void denseMapsTimeMajorSpikesToSpikesAndAcceptsImageInput() {
        SlayerDense d = new SlayerDenseSpec(2 * 3 * 3, 6, 50.0, NEURON).build(new SplittableRandom(1));
        INDArray x = Nd4j.rand(DataType.FLOAT, 40, 4, 2, 3, 3).lt(0.3).castTo(DataType.FLOAT);
        Tensor s = d.forward(Tensor.constant(x));
        assertArrayEquals(new long[] {40, 4, 6}, s.shape());
        INDArray v = s.value();
        assertEquals(0.0, v.mul(v.rsub(1.0)).amaxNumber().doubleValue(), 0.0, "spikes are 0/1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> d.forward(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 40, 4, 17))));
        assertTrue(e.getMessage().contains("18 neurons per sample"), e.getMessage());
    }

    @Test
    void convKeepsTimeAndBatchAndPassesGradientToTheWeight() {
        SlayerConv c = new SlayerConvSpec(2, 3, 3, 1, NEURON).build(new SplittableRandom(2));
        c.castTo(DataType.DOUBLE);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 30, 2, 2, 6, 6).lt(0.2).castTo(DataType.DOUBLE);
        Tensor s = c.forward(Tensor.constant(x));
        assertArrayEquals(new long[] {30, 2, 3, 6, 6}, s.shape());
        assertTrue(s.value().sumNumber().doubleValue() > 0, "weightScale 100 makes the layer fire");
        s.sum().backward();
        assertTrue(c.weight().grad().norm2Number().doubleValue() > 0);
    }

    @Test
    void poolSumsEachWindowTimesOnePointOneThetaAndPadsOddSizes() {
        SlayerPool p = new SlayerPoolSpec(2, NEURON).build(new SplittableRandom(0));
        INDArray x = Nd4j.createFromArray(new double[] {1, 0, 1, 1, 1, 0, 0, 0, 1}).reshape(1, 1, 1, 3, 3);
        INDArray a = p.drive(Tensor.constant(x)).value();   // 3×3 padded to 4×4 → 2×2
        assertArrayEquals(new long[] {1, 1, 1, 2, 2}, a.shape());
        assertArrayEquals(new double[] {3 * 11.0, 1 * 11.0, 0.0, 1 * 11.0}, a.reshape(4).toDoubleVector(), 1e-9);
        assertEquals(0, p.namedParameters().size());
    }

    @Test
    void fixedDelaysAreBuffersAndLearnableOnesParameters() {
        SlayerDelay fixed = SlayerDelaySpec.fixed(4, 2.0, 1.0).build(new SplittableRandom(0));
        assertEquals(0, fixed.namedParameters().size());
        assertEquals(List.of("delay"), List.copyOf(fixed.namedBuffers().keySet()));
        INDArray x = Nd4j.zeros(DataType.FLOAT, 6, 1, 4);
        x.putScalar(new long[] {1, 0, 3}, 1.0);
        assertEquals(1.0, fixed.forward(Tensor.constant(x)).value().getDouble(3, 0, 3), 0.0);
        SlayerDelay learn = SlayerDelaySpec.learnable(4, 1.0).build(new SplittableRandom(0));
        INDArray d = learn.delayMs().value();
        assertTrue(d.minNumber().doubleValue() >= 0 && d.maxNumber().doubleValue() < 1, d.toString());
        assertNotEquals(d.getDouble(0), d.getDouble(1));
        learn.forward(Tensor.constant(Nd4j.rand(DataType.FLOAT, 6, 2, 4))).sum().backward();
        assertTrue(learn.delayMs().grad() != null);
    }

    @Test
    void invalidSpecsNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SlayerDenseSpec(10, 0, NEURON));
        assertTrue(e.getMessage().contains("SlayerDenseSpec.out"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SlayerConvSpec(1, 1, 3, 1, 0, 1, 0.0, NEURON));
        assertTrue(e.getMessage().contains("weightScale"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SlayerPoolSpec(2, 2, 1.1, null));
        assertTrue(e.getMessage().contains("neuron"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SlayerDelaySpec(3, true, -1, 1, 1));
        assertTrue(e.getMessage().contains("initMs"), e.getMessage());
    }
}
