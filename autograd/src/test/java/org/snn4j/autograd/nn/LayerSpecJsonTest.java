package org.snn4j.autograd.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.registry.RegistryEntries;

class LayerSpecJsonTest {

    /** One sample per built-in layer type: adding a layer to the registry means adding a line here. */
    static final Map<String, LayerSpec> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("linear", new LinearSpec(784, 100, false));
        SAMPLES.put("conv2d", new Conv2dSpec(1, 8, 3, 2, 1, 1, true));
        SAMPLES.put("avgpool2d", new AvgPool2dSpec(2, 2, 0));
        SAMPLES.put("maxpool2d", new MaxPool2dSpec(3, 2, 1));
        SAMPLES.put("flatten", new FlattenSpec(2));
        SAMPLES.put("dropout", new DropoutSpec(0.25));
        SAMPLES.put("batchnorm1d", new BatchNorm1dSpec(16, 1e-3, 0.05));
        SAMPLES.put("batchnorm2d", new BatchNorm2dSpec(8));
        SAMPLES.put("relu", new ReLUSpec());
        SAMPLES.put("sequential", new SequentialSpec(new LinearSpec(4, 3), new ReLUSpec(),
                new SequentialSpec(new DropoutSpec(0.5))));
    }

    static Stream<String> names() {
        return SAMPLES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void roundTripsThroughJsonWithItsLogicalTypeName(String name) {
        LayerSpec spec = SAMPLES.get(name);
        assertSame(spec.getClass(), LayerTypes.REGISTRY.get(name));
        assertEquals(name, LayerTypes.REGISTRY.nameOf(spec.getClass()));
        String json = LayerJson.toJson(spec);
        assertEquals(name, LayerJson.toTree(spec).get("type").asText());
        assertFalse(json.contains("org.snn4j"), "no class names in JSON: " + json);
        assertEquals(spec, LayerJson.fromJson(json));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void builtModuleReportsItsSpec(String name) {
        LayerSpec spec = SAMPLES.get(name);
        assertEquals(spec, spec.build(new SplittableRandom(1)).spec());
    }

    @Test
    void everyBuiltInRegistryEntryHasASample() {
        LayerTypes.REGISTRY.entries().forEach((name, type) -> {
            if (type.getPackageName().equals(LayerSpec.class.getPackageName()) && !type.isMemberClass()) {
                assertTrue(SAMPLES.containsKey(name), "no JSON sample for registered layer '" + name + "'");
            }
        });
    }

    @Test
    void jsonIsFlatRecordComponentsAfterTheType() {
        assertEquals("{\"type\":\"linear\",\"in\":784,\"out\":100,\"bias\":false}",
                LayerJson.toTree(new LinearSpec(784, 100, false)).toString());
        assertEquals("{\"type\":\"sequential\",\"layers\":[{\"type\":\"relu\"},{\"type\":\"flatten\",\"startDim\":1}]}",
                LayerJson.toTree(new SequentialSpec(new ReLUSpec(), new FlattenSpec())).toString());
    }

    @Test
    void unknownTypeMissingFieldAndBadValueAreClearErrors() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> LayerJson.fromJson("{\"type\":\"lstm\",\"in\":3}"));
        assertTrue(unknown.getMessage().contains("'lstm'") && unknown.getMessage().contains("linear, conv2d"),
                unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> LayerJson.fromJson("{\"type\":\"linear\",\"in\":3,\"out\":2}"));
        assertTrue(missing.getMessage().contains("'bias'"), missing.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> LayerJson.fromJson("{\"type\":\"linear\",\"in\":0,\"out\":2,\"bias\":true}"));
        assertTrue(bad.getMessage().contains("LinearSpec.in must be >= 1, got 0"), bad.getMessage());
        IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
                () -> LayerJson.fromJson("{\"type\":\"relu\",\"inplace\":true}"));
        assertTrue(extra.getMessage().contains("inplace"), extra.getMessage());
    }

    /** A layer defined outside this package, as the neurons module would. */
    record ScaleSpec(double factor) implements LayerSpec {
        @Override
        public Module build(RandomGenerator rng) {
            LayerSpec self = this;
            return new Module() {
                @Override
                public Tensor forward(Tensor x) {
                    return x.mul(factor);
                }

                @Override
                public LayerSpec spec() {
                    return self;
                }
            };
        }
    }

    /** Never registered. */
    record StraySpec(int n) implements LayerSpec {
        @Override
        public Module build(RandomGenerator rng) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void registryIsExtensibleAtRunTimeAndRejectsConflicts() {
        LayerTypes.REGISTRY.register("test-scale", ScaleSpec.class);
        LayerTypes.REGISTRY.register("test-scale", ScaleSpec.class);
        LayerSpec model = new SequentialSpec(new LinearSpec(2, 2), new ScaleSpec(0.5));
        assertEquals(model, LayerJson.fromJson(LayerJson.toJson(model)));
        assertEquals("layer type 'linear' is already registered as " + LinearSpec.class,
                assertThrows(IllegalArgumentException.class, () -> LayerTypes.REGISTRY.register("linear", ScaleSpec.class))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> LayerTypes.REGISTRY.register("other", ScaleSpec.class));
        assertThrows(IllegalArgumentException.class, () -> LayerTypes.REGISTRY.register("Bad Name", StraySpec.class));
    }

    /** Another stand-alone layer, contributed through a provider. */
    record ShiftSpec(double by) implements LayerSpec {
        @Override
        public Module build(RandomGenerator rng) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void providersContributeTypeNames() {
        RegistryEntries<Class<?>> provider = new RegistryEntries<>() {
            @Override
            public String registry() {
                return LayerTypes.KIND;
            }

            @Override
            public Map<String, Class<?>> entries() {
                return Map.of("test-shift", ShiftSpec.class);
            }
        };
        LayerTypes.REGISTRY.registerAll(java.util.List.of(provider));
        assertEquals(new ShiftSpec(2.0), LayerJson.fromJson("{\"type\":\"test-shift\",\"by\":2.0}"));
    }

    @Test
    void aliasesAreReadAndNeverWritten() {
        LayerTypes.REGISTRY.alias("test-old-relu", "relu");
        LayerTypes.REGISTRY.alias("test-old-relu", "relu");
        LayerSpec read = LayerJson.fromJson("{\"type\":\"test-old-relu\"}");
        assertEquals(new ReLUSpec(), read);
        assertTrue(LayerJson.toJson(read).contains("\"relu\""));
        assertEquals("relu", LayerTypes.REGISTRY.aliases().get("test-old-relu"));
        assertFalse(LayerTypes.REGISTRY.entries().containsKey("test-old-relu"));
        assertEquals("layer type 'test-old-relu' is already taken", assertThrows(IllegalArgumentException.class,
                () -> LayerTypes.REGISTRY.alias("test-old-relu", "linear")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LayerTypes.REGISTRY.alias("linear", "relu"));
        assertThrows(IllegalArgumentException.class, () -> LayerTypes.REGISTRY.register("test-old-relu", StraySpec.class));
    }

    @Test
    void unregisteredSpecCannotBeWritten() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerJson.toJson(new StraySpec(3)));
        assertTrue(e.getMessage().contains("is not a registered layer type"), e.getMessage());
    }
}
