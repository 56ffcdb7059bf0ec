package org.snn4j.neurons.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.checkpoint.Checkpoint;
import org.snn4j.autograd.nn.BatchNorm1dSpec;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.neurons.encoding.LearnableEncoderSpec;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.NeuronModel;
import org.snn4j.neurons.model.NeuronParameters;
import org.snn4j.neurons.model.Neurons;
import org.snn4j.neurons.model.ResetMode;
import org.snn4j.neurons.slayer.SrmParameters;
import org.snn4j.neurons.surrogate.Surrogates;

/**
 * Every spiking layer type (every neuron model included) round-trips through JSON under its
 * stable name, old names and old "lif" files read as what they were written with, a whole SNN
 * spec rebuilds the same network, and a checkpoint of an SNN reloads to the same output.
 */
class SpikingLayerJsonTest {
    static final Map<String, LayerSpec> SAMPLES = new LinkedHashMap<>();

    static {
        Firing soft = Firing.defaults().withReset(ResetMode.SUBTRACT).withDetachReset(true)
                .withSurrogate(Surrogates.byName("sigmoid", Map.of("alpha", 4.0))).withLearnableThreshold(true);
        for (NeuronModel<?, ?> m : Neurons.all()) {
            NeuronParameters p = m.defaults();
            // SRM keeps its own firing, explicitly: it has no reset rule, learnable threshold or other surrogate
            // than SLAYER's rho (SrmParameters#withFiring); its JSON carries no firing object
            SAMPLES.put(Neurons.REGISTRY.nameOf(m), new NeuronLayerSpec(p instanceof SrmParameters ? p
                    : p.withFiring(soft), 3, ExecutionPath.REFERENCE, Readout.MEMBRANE));
        }
        SAMPLES.put("time-distributed", new TimeDistributedSpec(new BatchNorm1dSpec(16)));
        SAMPLES.put("shared-dropout", new SharedDropoutSpec(0.2));
        SAMPLES.put("tdbn", new TdBatchNormSpec(8, 0.7071, 0.5, 1e-5, 0.1));
        SAMPLES.put("bntt", new BnttSpec(8, 4));
        SAMPLES.put("recurrent-lif", new RecurrentLifSpec(16, NeuronLayerSpec.of("plif")));
        SAMPLES.put("learnable-encoder", new LearnableEncoderSpec(4, new Conv2dSpec(1, 4, 3, 1, 1, 1, false), true,
                NeuronLayerSpec.of("lif")));
    }

    static Stream<String> names() {
        return SAMPLES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void roundTripsUnderItsStableName(String name) {
        LayerSpec spec = SAMPLES.get(name);
        assertSame(spec.getClass(), LayerTypes.REGISTRY.get(name));
        String json = LayerJson.toJson(spec);
        assertEquals(name, LayerJson.toTree(spec).get("type").asText());
        assertFalse(json.contains("org.snn4j"), "no class names in JSON: " + json);
        assertEquals(spec, LayerJson.fromJson(json));
        assertEquals(spec, spec.build(new SplittableRandom(1)).spec());
    }

    @Test
    void everySpikingRegistryEntryHasASample() {
        new SpikingLayerTypes().entries().keySet().stream().filter(n -> !n.equals(SpikingLayerTypes.NEURON))
                .forEach(n -> assertTrue(SAMPLES.containsKey(n), n));
        Neurons.names().forEach(n -> assertTrue(SAMPLES.containsKey(n), n));
        assertTrue(SAMPLES.containsKey("learnable-encoder"));
    }

    private static final String FIRING = "\"firing\":{\"threshold\":1.0,\"reset\":\"TO_VALUE\",\"vReset\":0.0,"
            + "\"detachReset\":false,\"surrogate\":\"atan\",\"surrogateParameters\":{\"alpha\":2.0},"
            + "\"learnableThreshold\":false},\"channels\":1,\"path\":\"FUSED\",\"readout\":\"SPIKES\"}";

    @Test
    void lifJsonIsTheParametersRecordBesideTheLayerSettings() {
        assertEquals("{\"type\":\"lif\",\"tauMs\":2.0,\"dtMs\":1.0,\"decayInput\":true," + FIRING,
                LayerJson.toTree(NeuronLayerSpec.of("lif")).toString());
        assertEquals("{\"type\":\"lif-stbp\",\"tauMs\":10.0,\"dtMs\":1.0," + FIRING,
                LayerJson.toTree(NeuronLayerSpec.of("lif-stbp")).toString());
    }

    @Test
    void srmJsonIsSlayersParametersBesideTheLayerSettings() {
        assertEquals("{\"type\":\"srm\",\"theta\":10.0,\"tauSrMs\":10.0,\"tauRefMs\":1.0,\"scaleRef\":2.0,"
                + "\"tauRho\":1.0,\"scaleRho\":1.0,\"tsMs\":1.0,\"tSampleSteps\":300,\"kernelEpsilon\":0.01,"
                + "\"pdf\":\"SLAYER_PYTORCH\",\"channels\":1,\"path\":\"FUSED\",\"readout\":\"SPIKES\"}",
                LayerJson.toTree(NeuronLayerSpec.of("srm")).toString());
    }

    @Test
    void oldNamesReadAsTheModelTheyWereWrittenWith() {
        String charge = "{\"type\":\"lif-charge\",\"tauMs\":2.0,\"dtMs\":1.0,\"decayInput\":true," + FIRING;
        assertEquals(NeuronLayerSpec.of("lif"), LayerJson.fromJson(charge), "lif-charge is an alias of lif");
        String stbp = "{\"type\":\"lif\",\"tauMs\":10.0,\"dtMs\":1.0," + FIRING;
        assertEquals(NeuronLayerSpec.of("lif-stbp"), LayerJson.fromTree(tree(stbp), 1), "a version-1 'lif' is STBP's");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LayerJson.fromJson(stbp));
        assertTrue(e.getMessage().contains("decayInput"), "a version-2 'lif' is the charge form: " + e.getMessage());
        assertEquals(NeuronLayerSpec.of("lif"), LayerJson.fromTree(tree(charge), 1));
    }

    @Test
    void aVersionOneCheckpointNamingLifLoadsTheStbpLif(@TempDir Path dir) throws Exception {
        SequentialSpec spec = new SequentialSpec(new LinearSpec(3, 2), NeuronLayerSpec.of("lif-stbp"));
        Checkpoint.save(dir.resolve("old"), spec.build(new SplittableRandom(1)), null, null, Map.of());
        Path m = dir.resolve("old/model.json");
        String json = java.nio.file.Files.readString(m);
        assertTrue(json.contains("\"version\" : 2") && json.contains("\"lif-stbp\""), json);
        java.nio.file.Files.delete(dir.resolve("old/manifest.json")); // version-1 checkpoints predate manifests
        java.nio.file.Files.writeString(m, json.replace("\"version\" : 2", "\"version\" : 1")
                .replace("\"lif-stbp\"", "\"lif\""));
        assertEquals(spec, Checkpoint.readSpec(dir.resolve("old")), "a version-1 'lif' is STBP's LIF");
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return LayerJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badValuesNameTheFieldAndRange() {
        String json = LayerJson.toJson(NeuronLayerSpec.of("lif-stbp")).replace("\"tauMs\" : 10.0", "\"tauMs\" : -1.0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LayerJson.fromJson(json));
        assertTrue(e.getMessage().contains("tauMs") && e.getMessage().contains("(0, +inf)"), e.getMessage());
        String surrogate = LayerJson.toJson(NeuronLayerSpec.of("lif")).replace("\"atan\"", "\"nope\"");
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class, () -> LayerJson.fromJson(surrogate));
        assertTrue(s.getMessage().contains("nope") && s.getMessage().contains("atan"), "lists the surrogates: "
                + s.getMessage());
        String model = LayerJson.toJson(NeuronLayerSpec.of("if")).replace("\"if\"", "\"neuron\"");
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> LayerJson.fromJson(model));
        assertTrue(m.getMessage().contains("unknown neuron model 'neuron'") && m.getMessage().contains("plif"),
                m.getMessage());
        String extra = LayerJson.toJson(NeuronLayerSpec.of("if")).replace("\"channels\"", "\"tauMs\" : 3, \"channels\"");
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> LayerJson.fromJson(extra));
        assertTrue(x.getMessage().contains("tauMs"), x.getMessage());
        String missing = LayerJson.toJson(NeuronLayerSpec.of("if")).replace("\"channels\" : 1,", "");
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class, () -> LayerJson.fromJson(missing));
        assertTrue(c.getMessage().contains("if.channels is required"), c.getMessage());
    }

    /** A small SNN using most layer types. */
    static SequentialSpec network() {
        return new SequentialSpec(new LinearSpec(6, 8), new TdBatchNormSpec(8, 1.0, 0.5, 1e-5, 0.1),
                NeuronLayerSpec.of("plif").withChannels(8), new SharedDropoutSpec(0.25),
                new TimeDistributedSpec(new BatchNorm1dSpec(8)), new RecurrentLifSpec(8), new LinearSpec(8, 3),
                NeuronLayerSpec.of("lif").withReadout(Readout.MEMBRANE));
    }

    @Test
    void anSnnSpecSurvivesJsonAndRebuildsTheSameNetwork() {
        SequentialSpec spec = network();
        LayerSpec back = LayerJson.fromJson(LayerJson.toJson(spec));
        assertEquals(spec, back);
        Module a = spec.build(new SplittableRandom(42));
        Module b = back.build(new SplittableRandom(42));
        INDArray x = RandomArrays.uniform(1, 0, 1, 5, 4, 6).castTo(DataType.FLOAT);
        a.reseed(3);
        b.reseed(3);
        assertEquals(a.forward(Tensor.constant(x)).value(), b.forward(Tensor.constant(x)).value());
    }

    @Test
    void aCheckpointOfAnSnnReloadsToTheSameOutput(@TempDir Path dir) throws Exception {
        Module net = network().build(new SplittableRandom(7));
        INDArray x = RandomArrays.uniform(2, 0, 1, 5, 4, 6).castTo(DataType.FLOAT);
        Tensor in = Tensor.constant(x);
        net.forward(in).sum().backward();
        net.namedParameters().forEach((k, p) -> p.value().subi(p.grad().mul(0.1)));   // move off the initial values
        net.eval();
        INDArray expected = net.forward(in).value();
        Checkpoint.save(dir.resolve("ckpt"), net, null, null, Map.of());
        Module loaded = Checkpoint.loadModel(dir.resolve("ckpt"));
        loaded.eval();
        assertTrue(loaded.namedParameters().containsKey("2.w"), "PLIF w is a checkpointed parameter");
        assertEquals(expected, loaded.forward(in).value());
    }
}
