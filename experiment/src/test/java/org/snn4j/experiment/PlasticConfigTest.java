package org.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.neurons.plasticity.PlasticLayer;
import org.snn4j.neurons.plasticity.PlasticLayerSpec;

/**
 * A config mixing an STDP-trained layer ({@code plastic} in its short form: linear synapse sized from
 * the input, bias off, LIF, trace STDP) with a
 * surrogate-gradient readout (linear + LIF, rate cross-entropy, SGD with learning rate 1 so the
 * plastic weight moves by the plain rule) trains from the config file alone: the plastic weight moves
 * by the rule and only by it (with zero STDP amplitudes it stays exactly as initialised although
 * gradients flow through the layer to nothing upstream and the readout still learns), and the readout
 * moves by gradients.
 */
class PlasticConfigTest {
    private static final String AMPLITUDES = "\"aPre\": 0.01, \"aPost\": -0.008";

    @Test
    void stdpLayerLearnsByItsRuleAndTheReadoutByGradients() throws Exception {
        Path dir = RepoFiles.sharedMnist();
        assumeTrue(dir != null, "shared mnist not found (set SNN4J_DATA)");
        String json = Files.readString(Path.of(PlasticConfigTest.class.getResource("/configs/mnist-stdp-readout.json").toURI()));
        assertTrue(json.contains(AMPLITUDES), "the config's STDP window");

        Map<String, Double> moved = train(json, dir);
        assertTrue(moved.get("plastic") > 1e-4, "STDP changed the plastic weight: " + moved);
        assertTrue(moved.get("readout") > 1e-4, "gradients changed the readout: " + moved);

        Map<String, Double> frozen = train(json.replace(AMPLITUDES, "\"aPre\": 0.0, \"aPost\": 0.0"), dir);
        assertEquals(0.0, frozen.get("plastic"), "no gradient reaches the plastic weight: " + frozen);
        assertTrue(frozen.get("readout") > 1e-4, "the readout still learns: " + frozen);
    }

    @Test
    void shortFormErrorsNameTheField() throws Exception {
        String json = Files.readString(Path.of(PlasticConfigTest.class.getResource("/configs/mnist-stdp-readout.json").toURI()));
        ConfigException type = assertThrows(ConfigException.class, () -> Experiment.fromJson(
                json.replace("\"type\": \"linear\", \"out\": 32", "\"type\": \"relu\"")));
        assertTrue(type.getMessage().startsWith("model.layers[1].synapse.type: \"relu\" is not one of linear, conv2d"),
                type.getMessage());
        ConfigException out = assertThrows(ConfigException.class, () -> Experiment.fromJson(
                json.replace("\"type\": \"linear\", \"out\": 32", "\"type\": \"linear\"")));
        assertTrue(out.getMessage().startsWith("model.layers[1].synapse.out"), out.getMessage());
    }

    /** Trains two tiny epochs; the largest absolute change of the plastic and of the readout weights. */
    private static Map<String, Double> train(String json, Path dir) throws Exception {
        Experiment e = Experiment.fromJson(json, "data.dir=" + dir).output(new PrintStream(new ByteArrayOutputStream()), false);
        Module plastic = e.model().get(1);
        assertInstanceOf(PlasticLayer.class, plastic, "layer 1 is the plastic layer");
        PlasticLayerSpec spec = (PlasticLayerSpec) plastic.spec();
        assertEquals(new LinearSpec(784, 32, false), spec.synapse(), "in inferred, bias off");
        assertEquals(1.0, spec.dtMs());
        Map<String, INDArray> before = new LinkedHashMap<>();
        e.model().namedParameters().forEach((n, p) -> before.put(n, p.value().dup()));
        ExperimentResult r = e.run();
        assertEquals(2, r.epochLosses().size());
        assertTrue(r.epochLosses().stream().allMatch(Double::isFinite), r.epochLosses().toString());
        Map<String, Double> change = new LinkedHashMap<>(Map.of("plastic", 0.0, "readout", 0.0));
        e.model().namedParameters().forEach((n, p) -> {
            String key = n.startsWith("1.") ? "plastic" : n.startsWith("2.") ? "readout" : null;
            if (key != null) {
                double d = p.value().sub(before.get(n)).amaxNumber().doubleValue();
                change.merge(key, d, Math::max);
            }
        });
        assertTrue(before.keySet().stream().anyMatch(n -> n.startsWith("1.")), "plastic parameters: " + before.keySet());
        return change;
    }
}
