package org.snn4j.autograd.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered optimiser and schedule name round-trips through JSON under that name. */
class OptimizerTypesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One sample per registered type: registering a type means adding a sample here. */
    private static final Map<String, Object> SAMPLES = Map.of(
            "sgd", new SgdSpec(0.1, 0.9, 0, true, 1e-4),
            "adam", new AdamSpec(1e-3).withAmsgrad(true),
            "adamw", new AdamWSpec(1e-3),
            "nadam", new NadamSpec(2e-3),
            "constant", new ConstantLr(0.01),
            "step", new StepDecay(0.8, 3, 0.5),
            "cosine", new CosineAnnealing(1e-3, 45, 0),
            "warmup", new LinearWarmup(5, 0.1, new ConstantLr(0.1)));

    static Stream<String> names() {
        return Stream.concat(OptimizerTypes.REGISTRY.names().stream(), ScheduleTypes.REGISTRY.names().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void roundTripsUnderItsRegisteredName(String name) throws Exception {
        Object sample = SAMPLES.get(name);
        assertTrue(sample != null, "no sample for registered type '" + name + "'");
        Class<?> base = sample instanceof OptimizerSpec ? OptimizerSpec.class : LrSchedule.class;
        JsonNode tree = JSON.readTree(JSON.writerFor(base).writeValueAsString(sample));
        assertEquals(name, tree.get("type").asText());
        assertEquals(sample, JSON.treeToValue(tree, base));
    }

    @Test
    void amsgradIsOffUnlessTheJsonSaysSo() throws Exception {
        // JSON written before the field existed (checkpoints, reports) still reads, as plain Adam
        String old = "{\"type\":\"adam\",\"lr\":0.01,\"beta1\":0.9,\"beta2\":0.999,\"eps\":1e-8,\"weightDecay\":0";
        assertEquals(new AdamSpec(0.01), JSON.readValue(old + "}", OptimizerSpec.class));
        assertEquals(new AdamSpec(0.01).withAmsgrad(true), JSON.readValue(old + ",\"amsgrad\":true}", OptimizerSpec.class));
        assertEquals(List.of("exp_avg", "exp_avg_sq", "max_exp_avg_sq"),
                new AdamWSpec(0.01, 0.9, 0.999, 1e-8, 0, true).build(Map.of("w",
                        new org.snn4j.autograd.nn.Parameter(org.nd4j.linalg.factory.Nd4j.zeros(2)))).tensorSlots());
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        InvalidTypeIdException e = assertThrows(InvalidTypeIdException.class,
                () -> JSON.readValue("{\"type\":\"lamb\",\"lr\":1}", OptimizerSpec.class));
        assertTrue(e.getOriginalMessage().contains("sgd, adam, adamw, nadam"), e.getOriginalMessage());
        assertEquals("unknown lr schedule 'poly'; known: constant, step, cosine, warmup",
                assertThrows(IllegalArgumentException.class, () -> ScheduleTypes.REGISTRY.get("poly")).getMessage());
        assertEquals(List.of("sgd", "adam", "adamw", "nadam"), OptimizerTypes.REGISTRY.names());
    }
}
