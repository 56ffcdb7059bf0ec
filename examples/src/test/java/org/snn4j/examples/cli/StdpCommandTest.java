package org.snn4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.examples.stdp.StdpPresets;
import picocli.CommandLine;

/** {@code snn4j stdp}: errors, and a tiny end-to-end run when MNIST is available. */
class StdpCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        CommandLine cl = Snn4jCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), err.toString()};
    }

    @Test
    void unknownPresetListsTheKnownOnes() {
        String[] r = run("stdp", "--preset", "nope");
        assertEquals("1", r[0]);
        assertTrue(r[1].contains("unknown stdp preset 'nope'; known: mnist-stdp-100, mnist-stdp-400"), r[1]);
    }

    @Test
    void missingDatasetSaysWhereItLooked() {
        String[] r = run("stdp", "--preset", "mnist-stdp-100", "--data", "/nonexistent/mnist", "--train-limit", "2");
        assertEquals("1", r[0]);
        assertTrue(r[1].contains("/nonexistent/mnist"), r[1]);
    }

    @Test
    void tinyRunWritesReportAndReceptiveFields() throws Exception {
        String data = System.getenv("SNN4J_DATA");
        assumeTrue(data != null && Files.isDirectory(Path.of(data, "mnist")), "needs $SNN4J_DATA/mnist");
        ObjectMapper json = new ObjectMapper();
        JsonNode preset = json.readTree(StdpPresets.class.getClassLoader().getResourceAsStream("stdp/mnist-stdp-100.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) preset.get("network")).put("excitatory", 9).put("presentMs", 40.0)
                .put("restMs", 10.0);
        Path config = dir.resolve("tiny.json");
        json.writeValue(config.toFile(), preset);
        Path report = dir.resolve("r/report.json");
        Path png = dir.resolve("fields.png");
        String[] r = run("stdp", "--config", config.toString(), "--train-limit", "12", "--test-limit", "6",
                "--compare-samples", "2", "--report", report.toString(), "--fields", png.toString());
        assertEquals("0", r[0], r[1]);
        JsonNode rep = json.readTree(report.toFile());
        double acc = rep.get("testAccuracy").asDouble();
        assertTrue(acc >= 0 && acc <= 1, rep.toString());
        assertEquals(6, rep.get("testSamples").asInt());
        assertTrue(rep.get("identicalSpikes").asBoolean(), "event-driven and dense agree");
        assertTrue(rep.get("denseSamplesPerSecond").asDouble() > 0);
        assertEquals(3 * 57 + 1, javax.imageio.ImageIO.read(png.toFile()).getWidth(), "3 × 3 tiles of 28·2 + 1 pixels");
    }
}
