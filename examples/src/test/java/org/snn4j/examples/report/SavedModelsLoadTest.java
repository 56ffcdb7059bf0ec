package org.snn4j.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.model.LifParameters;

/**
 * Every model saved in the repository still loads: the model of each report in
 * {@code docs/reports} (its {@code config.model}) and of each {@code model.json} checkpoint in the
 * repository reads back through the current layer registry and builds. The LIF reports were
 * written when the presets' LIF was called {@code "lif-charge"}; they must read as today's
 * {@code "lif"} ({@link LifParameters}). The conversion reports hold no model (their networks are
 * retrained by {@code snn4j compare}); the test checks that this is still so.
 */
class SavedModelsLoadTest {
    private static final Path ROOT = root();

    /** The repository root: tests run in it (surefire's workingDirectory) or in a module below it. */
    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs/reports")) && Files.isDirectory(p.resolve("conversion/reports"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root with docs/reports above " + Path.of("").toAbsolutePath());
    }

    static Stream<Path> reports() throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve("docs/reports"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyReportModelLoadsAndBuilds(Path report) throws IOException {
        JsonNode model = LayerJson.mapper().readTree(report.toFile()).path("config").path("model");
        assertTrue(model.isObject(), report + " holds config.model");
        ObjectNode typed = ((ObjectNode) model.deepCopy());
        if (!typed.has("type")) {
            typed.put("type", "sequential");   // reports store the top-level SequentialSpec untyped
        }
        LayerSpec spec = LayerJson.fromTree(typed);
        assertInstanceOf(SequentialSpec.class, spec);
        assertEquals(spec, LayerJson.fromJson(LayerJson.toJson(spec)), "reads back what it writes");
        spec.build(new SplittableRandom(0));
        if (report.getFileName().toString().contains("-lif-")) {
            List<LayerSpec> neurons = ((SequentialSpec) spec).layers().stream()
                    .filter(l -> l instanceof NeuronLayerSpec).toList();
            assertFalse(neurons.isEmpty(), report + " has LIF layers");
            for (LayerSpec l : neurons) {
                assertInstanceOf(LifParameters.class, ((NeuronLayerSpec) l).model(), "'lif-charge' is today's 'lif'");
                assertEquals("lif", ((NeuronLayerSpec) l).typeName());
            }
        }
    }

    @Test
    void everyCheckpointInTheRepositoryLoads() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String dir : List.of("docs", "conversion", "examples", "bench")) {
            try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
                s.filter(p -> p.getFileName().toString().equals("model.json") && !p.toString().contains("/target/"))
                        .forEach(found::add);
            }
        }
        for (Path m : found) {
            JsonNode n = LayerJson.mapper().readTree(m.toFile());
            LayerJson.fromTree(n.get("model"), n.get("version").asInt()).build(new SplittableRandom(0));
        }
    }

    @Test
    void conversionReportsHoldNoModel() throws IOException {
        for (String dataset : List.of("mnist", "fashion-mnist")) {
            JsonNode r = LayerJson.mapper().readTree(ROOT.resolve("conversion/reports/" + dataset + "/report.json").toFile());
            assertTrue(r.findValues("layers").isEmpty() && r.findValues("model").isEmpty(),
                    dataset + ": a conversion report now holds a model; load it here");
            assertTrue(r.path("setup").path("architecture").isTextual(), dataset + " names its architecture");
        }
    }
}
