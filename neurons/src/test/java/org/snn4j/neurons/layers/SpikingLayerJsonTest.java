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
import org.snn4j.autograd.nn.LayerRegistry;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.neurons.encoding.LearnableEncoderSpec;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.ResetMode;

/**
 * Every spiking layer type round-trips through JSON under its stable name, a whole SNN spec
 * rebuilds the same network, and a checkpoint of an SNN reloads to the same output.
 */
class SpikingLayerJsonTest {
    static final Map<String, LayerSpec> SAMPLES = new LinkedHashMap<>();

    static {
        FiringSpec soft = FiringSpec.defaults().withReset(ResetMode.SUBTRACT).withDetachReset(true)
                .withSurrogate("sigmoid", Map.of("alpha", 4.0)).withLearnableThreshold(true);
        SAMPLES.put("if", new IfSpec(soft, 3, ExecutionPath.REFERENCE, Readout.SPIKES));
        SAMPLES.put("lif", new LifSpec(20.0, 0.5, FiringSpec.defaults(), 1, ExecutionPath.FUSED, Readout.MEMBRANE));
        SAMPLES.put("lif-charge", new ChargeLifSpec(4.0, 1.0, false, soft, 1, ExecutionPath.FUSED, Readout.SPIKES));
        SAMPLES.put("plif", new PlifSpec(3.0, 1.0, true, FiringSpec.defaults(), 8, ExecutionPath.FUSED, Readout.SPIKES));
        SAMPLES.put("alif", new AlifSpec(20.0, 100.0, 0.1, 1.0, soft, 1, ExecutionPath.FUSED, Readout.SPIKES));
        SAMPLES.put("time-distributed", new TimeDistributedSpec(new BatchNorm1dSpec(16)));
        SAMPLES.put("shared-dropout", new SharedDropoutSpec(0.2));
        SAMPLES.put("tdbn", new TdBatchNormSpec(8, 0.7071, 0.5, 1e-5, 0.1));
        SAMPLES.put("bntt", new BnttSpec(8, 4));
        SAMPLES.put("recurrent-lif", new RecurrentLifSpec(16, new PlifSpec()));
        SAMPLES.put("learnable-encoder", new LearnableEncoderSpec(4, new Conv2dSpec(1, 4, 3, 1, 1, 1, false), true,
                new LifSpec()));
    }

    static Stream<String> names() {
        return SAMPLES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void roundTripsUnderItsStableName(String name) {
        LayerSpec spec = SAMPLES.get(name);
        assertSame(spec.getClass(), LayerRegistry.typeOf(name));
        String json = LayerJson.toJson(spec);
        assertEquals(name, LayerJson.toTree(spec).get("type").asText());
        assertFalse(json.contains("org.snn4j"), "no class names in JSON: " + json);
        assertEquals(spec, LayerJson.fromJson(json));
        assertEquals(spec, spec.build(new SplittableRandom(1)).spec());
    }

    @Test
    void everySpikingRegistryEntryHasASample() {
        new SpikingLayerTypes().layerTypes().keySet().forEach(n -> assertTrue(SAMPLES.containsKey(n), n));
        assertTrue(SAMPLES.containsKey("learnable-encoder"));
    }

    @Test
    void lifJsonIsReadable() {
        assertEquals("{\"type\":\"lif\",\"tauMs\":10.0,\"dtMs\":1.0,\"firing\":{\"threshold\":1.0,\"reset\":\"TO_VALUE\","
                        + "\"vReset\":0.0,\"detachReset\":false,\"surrogate\":\"atan\",\"surrogateParameters\":{\"alpha\":2.0},"
                        + "\"learnableThreshold\":false},\"channels\":1,\"path\":\"FUSED\",\"readout\":\"SPIKES\"}",
                LayerJson.toTree(new LifSpec()).toString());
    }

    @Test
    void badValuesNameTheFieldAndRange() {
        String json = LayerJson.toJson(new LifSpec()).replace("\"tauMs\" : 10.0", "\"tauMs\" : -1.0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LayerJson.fromJson(json));
        assertTrue(e.getMessage().contains("tauMs") && e.getMessage().contains("(0, +inf)"), e.getMessage());
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
                () -> FiringSpec.defaults().withSurrogate("nope", Map.of()));
        assertTrue(s.getMessage().contains("atan"), "lists the known surrogates: " + s.getMessage());
    }

    /** A small SNN using most layer types. */
    static SequentialSpec network() {
        return new SequentialSpec(new LinearSpec(6, 8), new TdBatchNormSpec(8, 1.0, 0.5, 1e-5, 0.1),
                new PlifSpec().withChannels(8), new SharedDropoutSpec(0.25), new TimeDistributedSpec(new BatchNorm1dSpec(8)),
                new RecurrentLifSpec(8), new LinearSpec(8, 3), new LifSpec().withReadout(Readout.MEMBRANE));
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
