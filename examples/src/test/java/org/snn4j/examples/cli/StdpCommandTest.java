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
import org.snn4j.examples.plot.ReceptiveFieldChart;
import org.snn4j.examples.stdp.FieldWeights;
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
        Path svg = dir.resolve("fields.svg");
        String[] r = run("stdp", "--config", config.toString(), "--train-limit", "12", "--test-limit", "6",
                "--compare-samples", "2", "--report", report.toString(), "--fields", svg.toString());
        assertEquals("0", r[0], r[1]);
        JsonNode rep = json.readTree(report.toFile());
        double acc = rep.get("testAccuracy").asDouble();
        assertTrue(acc >= 0 && acc <= 1, rep.toString());
        assertEquals(6, rep.get("testSamples").asInt());
        assertTrue(rep.get("identicalSpikes").asBoolean(), "event-driven and dense agree");
        assertTrue(rep.get("denseSamplesPerSecond").asDouble() > 0);
        assertTrue(Files.readString(svg).contains("<svg"), "--fields wrote SVG");

        Path weights = dir.resolve("r/report.weights.safetensors");
        assertEquals("report.weights.safetensors", rep.get("weights").asText());
        FieldWeights w = FieldWeights.read(weights);
        assertEquals(28, w.side());
        assertEquals(784, w.weights().length);
        assertEquals(9, w.weights()[0].length);
        Path png = dir.resolve("plot/fields.png");
        Path plotSvg = dir.resolve("plot/fields.svg");
        assertEquals("0", run("plot", "fields", weights.toString(), "--out", png.toString())[0]);
        assertEquals("0", run("plot", "fields", weights.toString(), "--out", plotSvg.toString())[0]);
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(ReceptiveFieldChart.height(900, 9), img.getHeight(), "square pixels for a 3 × 3 grid");
        assertTrue(greyLevels(img) > 20, "the learned weights show as many grey levels");
        String text = Files.readString(plotSvg);
        assertTrue(text.contains("<svg") && text.contains("Receptive fields"), "SVG with its title");
    }

    @Test
    void plotFieldsRefusesAnotherSafetensorsFile() throws Exception {
        Path f = dir.resolve("other.safetensors");
        org.snn4j.autograd.checkpoint.SafeTensors.write(f, java.util.Map.of("x",
                org.nd4j.linalg.factory.Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 3)), java.util.Map.of());
        String[] r = run("plot", "fields", f.toString(), "--out", dir.resolve("x.png").toString());
        assertEquals("1", r[0]);
        assertTrue(r[1].contains("not an snn4j stdp weights file"), r[1]);
    }

    /** Distinct grey values (r = g = b) in the image. */
    private static int greyLevels(java.awt.image.BufferedImage img) {
        java.util.Set<Integer> levels = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                if ((rgb >> 16) == (rgb & 0xff) && ((rgb >> 8) & 0xff) == (rgb & 0xff)) {
                    levels.add(rgb & 0xff);
                }
            }
        }
        return levels.size();
    }
}
