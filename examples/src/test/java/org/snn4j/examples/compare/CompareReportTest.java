package org.snn4j.examples.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareReportTest {

    @Test
    void writesJsonMarkdownAndPlot(@TempDir Path dir) throws Exception {
        MethodResult conv = new MethodResult("conversion percentile:99.9", new int[] {4, 8, 16},
                new double[] {0.5, 0.9, 0.985}, 0, Map.of("lambda", new double[] {2.5, 3.0}));
        MethodResult direct = new MethodResult("direct SNN", new int[] {4, 6}, new double[] {0.95, 0.97}, 120, Map.of());
        MethodResult ttfs = new MethodResult("LC-TTFS", new int[0], new double[] {0.975}, 30,
                Map.of("constrainedAnnAccuracy", 0.976));
        CompareReport r = new CompareReport("mnist", 0.99, List.of(conv, direct), ttfs,
                Map.of("command", "snn4j compare --dataset mnist", "trainSamples", 10000, "testSamples", 10000,
                        "architecture", "cnn", "annTrainSeconds", 60.0), null);
        r.write(dir);
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("| method | T=4 | T=6 | T=8 | T=16 | train s |"), md);
        assertTrue(md.contains("| conversion percentile:99.9 | 50.00 | – | 90.00 | 98.50 | 0 |"), md);
        assertTrue(md.contains("| direct SNN | 95.00 | 97.00 | – | – | 120 |"), md);
        assertTrue(md.contains("SNN **97.50 %**, its constrained ANN 97.60 %"), md);
        JsonNode j = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(0.99, j.get("annAccuracy").asDouble(), 0);
        assertEquals(0.985, j.get("methods").get(0).get("accuracyByT").get("16").asDouble(), 0);
        assertEquals(0.975, j.get("lcTtfs").get("testAccuracy").asDouble(), 0);
        assertEquals(900, ImageIO.read(dir.resolve("accuracy-vs-t.png").toFile()).getWidth());
    }
}
