package org.snn4j.neurons.slayer.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Flatten;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.neurons.layers.NeuronLayer;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.layers.SharedDropoutSpec;
import org.snn4j.neurons.slayer.FusedSrm;
import org.snn4j.neurons.slayer.PdfVariant;
import org.snn4j.neurons.slayer.SrmParameters;

/**
 * Saved SLAYER models name {@code "slayer-flatten"}, {@code "slayer-dropout"} and
 * {@code "slayer-srm"}; they load as the common {@code Flatten(startDim = 2)}, {@code SharedDropout}
 * and the neuron layer of model {@code "srm"}, and are written back under the common names.
 */
class SlayerOldNamesTest {
    /** A model.json fragment as the SLAYER presets wrote it before the rename. */
    private static final String OLD = """
            {"type": "sequential", "layers": [
              {"type": "slayer-dropout", "p": 0.5},
              {"type": "slayer-flatten"}
            ]}""";

    @BeforeAll
    static void registerNames() {
        SlayerLayerTypes.register();
    }

    @Test
    void oldNamesLoadAsTheCommonLayers() {
        SequentialSpec spec = (SequentialSpec) LayerJson.fromJson(OLD);
        assertEquals(new SharedDropoutSpec(0.5), spec.layers().get(0));
        LayerSpec flatten = spec.layers().get(1);
        assertEquals(new SlayerFlattenSpec(), flatten);
        Module built = flatten.build(new SplittableRandom(0));
        assertInstanceOf(Flatten.class, built);
        assertEquals(new FlattenSpec(2), built.spec());
        Tensor y = built.forward(Tensor.constant(Nd4j.zeros(5, 2, 3, 4, 4)));
        assertArrayEquals(new long[] {5, 2, 48}, y.shape());
        String again = LayerJson.toJson(new SequentialSpec(spec.layers().get(0), (LayerSpec) built.spec()));
        assertTrue(again.contains("\"shared-dropout\"") && again.contains("\"flatten\"") && !again.contains("slayer-"),
                again);
    }

    @Test
    void oldSrmNeuronLoadsAsTheNeuronLayerOfModelSrm() {
        String old = "{\"type\": \"slayer-srm\", \"neuron\": {\"theta\": 5.0, \"tauSrMs\": 4.0, \"tauRefMs\": 2.0,"
                + " \"scaleRef\": 1.0, \"tauRho\": 0.5, \"scaleRho\": 1.0, \"tsMs\": 1.0, \"tSampleSteps\": 300,"
                + " \"kernelEpsilon\": 0.01, \"pdf\": \"LAVA_DL\"}}";
        SrmParameters p = new SrmParameters(5, 4, 2, 1, 0.5, 1, 1, 300).withPdf(PdfVariant.LAVA_DL);
        LayerSpec spec = LayerJson.fromJson(old);
        assertEquals(new SlayerSrmSpec(p), spec);
        Module built = spec.build(new SplittableRandom(0));
        assertInstanceOf(NeuronLayer.class, built);
        assertEquals(new NeuronLayerSpec(p), built.spec());
        assertTrue(LayerJson.toJson(built.spec()).contains("\"type\" : \"srm\""), "saved again as srm");
        INDArray a = Nd4j.rand(DataType.DOUBLE, 20, 2, 3).muli(8.0);
        assertEquals(FusedSrm.apply(Tensor.constant(a), p).value(), built.forward(Tensor.constant(a)).value());
    }

    @Test
    void oldDropoutDrawsTheSameMasksAndSilencesANeuronForTheWholeSequence() {
        Module old = LayerJson.fromJson("{\"type\": \"slayer-dropout\", \"p\": 0.5}").build(new SplittableRandom(7));
        Module shared = new SharedDropoutSpec(0.5).build(new SplittableRandom(7));
        INDArray x = Nd4j.ones(DataType.DOUBLE, 10, 3, 8);
        INDArray y = old.forward(Tensor.constant(x)).value();
        assertEquals(shared.forward(Tensor.constant(x)).value(), y);
        INDArray first = y.slice(0);
        for (int t = 1; t < 10; t++) {
            assertEquals(first, y.slice(t));
        }
        long kept = first.gt(0).castTo(DataType.INT).sumNumber().longValue();
        assertTrue(kept > 0 && kept < 24, "kept " + kept);
        assertEquals(2.0, first.maxNumber().doubleValue(), 0.0);   // scaled by 1/(1 − p)
        old.eval();
        assertSame(x, old.forward(Tensor.constant(x)).value());
    }
}
